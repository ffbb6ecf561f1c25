extension WorkerSettings {
    /// The README's configuration table, rendered from the declarations: one row per
    /// setting, then the pass-through row. `newsflow config` prints it and a test keeps
    /// the README equal to it.
    public static var markdownTable: String {
        var lines = [
            "| variable | flag | default | meaning |",
            "|---|---|---|---|",
        ]
        for setting in all {
            let unit = setting.unit.isEmpty ? "" : " \(setting.unit)"
            lines.append("| `\(setting.environmentName)` | `--\(setting.flag)` | \(setting.defaultText)\(unit) | \(setting.doc) |")
        }
        lines.append(
            "| `\(kafkaPropertyPrefix)<NAME>` | `--\(kafkaPropertyFlag) k=v` | | any librdkafka property: "
                + "`\(kafkaPropertyPrefix)SASL_MECHANISMS=SCRAM-SHA-512` sets `sasl.mechanisms` |")
        return lines.joined(separator: "\n")
    }
}

extension ViewSettings {
    /// The README's table of `newsflow view` and `newsflow dlq` settings (`newsflow config --view`).
    public static var markdownTable: String {
        var lines = ["| variable | flag | default | meaning |", "|---|---|---|---|"]
        for setting in all {
            let unit = setting.unit.isEmpty ? "" : " \(setting.unit)"
            lines.append("| `\(setting.environmentName)` | `--\(setting.flag)` | \(setting.defaultText)\(unit) | \(setting.doc) |")
        }
        return lines.joined(separator: "\n")
    }
}
