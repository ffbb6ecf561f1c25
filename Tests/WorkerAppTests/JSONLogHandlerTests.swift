@testable import WorkerApp
import StageRuntime
import Testing

@Suite("JSON logs")
struct JSONLogHandlerTests {
    @Test("a log line is one JSON object with the fixed fields first and escapes control characters")
    func encoding() {
        let line = JSONLogHandler.encode(["msg": "said \"hi\"\n", "level": "info", "ts": "t", "logger": "l", "zeta": "1", "alpha": "2"])
        #expect(line == #"{"ts":"t","level":"info","logger":"l","msg":"said \"hi\"\n","alpha":"2","zeta":"1"}"#)
    }
}
