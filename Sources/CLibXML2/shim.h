#ifndef NEWSFLOW_CLIBXML2_SHIM_H
#define NEWSFLOW_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose system headers clash with the ICU copy that
   Foundation bundles. We never touch ICU-dependent fields, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#endif
