import CLibFuzzerDriver
import FuzzHarnesses
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// libFuzzer's callback for the HTML pre-filter, the libxml2 tree builder and the content extractor; the checks are in `fuzzHTML`.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzHTML(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

// SwiftPM links `main` to this file's code in debug builds, so libFuzzer is started here.
var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, testOneInput))
