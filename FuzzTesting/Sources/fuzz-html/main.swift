import FuzzDriver
import FuzzHarnesses

// libFuzzer on the HTML pre-filter, the libxml2 tree builder and the content extractor.
runLibFuzzer(fuzzHTML)
