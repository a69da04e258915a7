import Foundation
import OutreachCommands

let result = Outreach.run(Array(CommandLine.arguments.dropFirst()), context: .current())
FileHandle.standardOutput.write(Data(result.output.utf8))
FileHandle.standardError.write(Data(result.errorOutput.utf8))
exit(result.exitCode)
