import Hummingbird

extension Request {
    /// The `status` query parameter as a set of statuses: one named status, or `all`; anything else is a 400
    /// that lists the accepted values.
    func statusFilter<Status: RawRepresentable & CaseIterable & Hashable>(
        _: Status.Type, default fallback: String
    ) throws -> Set<Status> where Status.RawValue == String {
        let value = uri.queryParameters.get("status") ?? fallback
        if value == "all" { return Set(Status.allCases) }
        guard let status = Status(rawValue: value) else {
            let accepted = Status.allCases.map(\.rawValue) + ["all"]
            throw APIError(
                status: .badRequest, code: "invalid_status",
                message: "status must be \(accepted.dropLast().joined(separator: ", ")) or all.")
        }
        return [status]
    }
}
