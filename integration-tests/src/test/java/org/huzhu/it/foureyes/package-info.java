/** Four eyes on every path that moves money: claim review, payee changes and roster imports (issue 13). */
package org.huzhu.it.foureyes;
