/// Where a message came from; every surface runs the same pipeline.
package enum Surface: String, Hashable, Sendable, Codable, CaseIterable {
    case web, api, cli, slack, mcp
}
