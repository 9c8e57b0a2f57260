/** The SQL of the JDBC document archive, per database engine. Not API. */
package org.echeance.pdf.archive.internal;
