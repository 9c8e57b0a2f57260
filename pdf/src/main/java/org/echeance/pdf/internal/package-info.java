/**
 * The iText implementation of the PDF renderer: layouts of each document, PDF/A-3 writing, fonts, labels and
 * formats. Not API: the only module that touches iText keeps its types in here.
 */
package org.echeance.pdf.internal;
