/** Members, their categories and hardship files, and the rules for enrolling them in a plan. */
package org.huzhu.domain.model.member;
