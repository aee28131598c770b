/** The Decree 30/2020 layout as data and its DOCX and PDF renderers, for any module that issues documents. */
@NamedInterface("render")
package vn.hoinghi.documents.render;

import org.springframework.modulith.NamedInterface;
