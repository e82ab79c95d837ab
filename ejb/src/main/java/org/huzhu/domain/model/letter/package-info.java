/** What a settlement or grant letter says: its content, the amount in capitals and the verification code. */
package org.huzhu.domain.model.letter;
