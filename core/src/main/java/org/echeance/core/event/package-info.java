/** Invoice events and their delivery to the application's listeners. */
package org.echeance.core.event;
