/** The member's own page (issue 15, item 5): their claims as timelines, their letters, their payee card. */
package org.huzhu.it.members;
