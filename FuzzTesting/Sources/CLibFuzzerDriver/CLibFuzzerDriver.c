// Declarations only (see include/CLibFuzzerDriver.h); SwiftPM needs one source file per C target.
#include "CLibFuzzerDriver.h"
