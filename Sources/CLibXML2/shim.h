#ifndef NEWSFLOW_CLIBXML2_SHIM_H
#define NEWSFLOW_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#endif
