import FuzzDriver
import FuzzHarnesses

// libFuzzer on the NER tagger and entity resolution with the shipped model.
runLibFuzzer(fuzzEntityRecognizer)
