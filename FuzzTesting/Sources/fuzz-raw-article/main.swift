import FuzzDriver
import FuzzHarnesses

// libFuzzer on the raw-article decoder: JSON envelope, nesting scan, charset decoding and sniffing.
runLibFuzzer(fuzzRawArticleDecoder)
