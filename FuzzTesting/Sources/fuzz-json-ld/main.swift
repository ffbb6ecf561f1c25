import FuzzDriver
import FuzzHarnesses

// libFuzzer on the JSON-LD reader, through a page's ld+json script.
runLibFuzzer(fuzzJSONLD)
