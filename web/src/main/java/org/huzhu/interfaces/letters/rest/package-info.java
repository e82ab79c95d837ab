/** The HTTP API of issued letters: a letter's signed PDF, and a member's own letters. */
package org.huzhu.interfaces.letters.rest;
