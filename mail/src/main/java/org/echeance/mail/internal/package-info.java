/** Implementation of the mail module: text formats, Jakarta Mail properties and messages. Not API. */
package org.echeance.mail.internal;
