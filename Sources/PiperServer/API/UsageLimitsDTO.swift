import Hummingbird
import PiperCore

/// The model limits in force in a workspace on the wire; `null` means no limit.
struct UsageLimitsDTO: ResponseEncodable, Decodable, Equatable {
    /// `workspace` when the workspace set its own limits, `default` when the configured ones apply.
    var source: String
    var monthlyBudgetUsd: Double?
    var monthlyBudgetMicros: Int64?
    /// The budget formatted such as `$50.00`.
    var monthlyBudget: String?
    var dailyRequestsPerUser: Int?
    /// Micro-dollars the workspace spent this UTC month.
    var spentThisMonthMicros: Int64
    /// The same, formatted.
    var spentThisMonth: String
    /// Model calls the caller made today (UTC), refusals not counted.
    var usedToday: Int

    init(_ limits: ModelLimits, isWorkspaceOwn: Bool, spentThisMonthMicros: Int64, usedToday: Int) {
        source = isWorkspaceOwn ? "workspace" : "default"
        monthlyBudgetMicros = limits.monthlyBudgetMicros
        monthlyBudgetUsd = limits.monthlyBudgetMicros.map { Double($0) / 1_000_000 }
        monthlyBudget = limits.monthlyBudgetMicros.map(ModelCost.dollars)
        dailyRequestsPerUser = limits.dailyRequestsPerUser
        self.spentThisMonthMicros = spentThisMonthMicros
        spentThisMonth = ModelCost.dollars(spentThisMonthMicros)
        self.usedToday = usedToday
    }

    private enum CodingKeys: String, CodingKey {
        case source, monthlyBudgetUsd, monthlyBudgetMicros, monthlyBudget, dailyRequestsPerUser
        case spentThisMonthMicros, spentThisMonth, usedToday
    }

    /// Encodes every key, with `null` for an absent limit, so clients see "no limit" explicitly.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(monthlyBudgetUsd, forKey: .monthlyBudgetUsd)
        try container.encode(monthlyBudgetMicros, forKey: .monthlyBudgetMicros)
        try container.encode(monthlyBudget, forKey: .monthlyBudget)
        try container.encode(dailyRequestsPerUser, forKey: .dailyRequestsPerUser)
        try container.encode(spentThisMonthMicros, forKey: .spentThisMonthMicros)
        try container.encode(spentThisMonth, forKey: .spentThisMonth)
        try container.encode(usedToday, forKey: .usedToday)
    }
}

/// The body of `PUT /api/v1/usage/limits`: `null` (or a missing key) sets no limit.
struct UsageLimitsBody: Decodable {
    var monthlyBudgetUsd: Double?
    var dailyRequestsPerUser: Int?

    /// The largest monthly budget accepted, in dollars.
    static let maximumBudgetUsd = 1_000_000.0
    /// The largest daily cap accepted.
    static let maximumDailyRequests = 1_000_000

    /// The limits the body asks for, or a 400 saying what is wrong.
    func limits() throws -> ModelLimits {
        if let budget = monthlyBudgetUsd, !(budget.isFinite && budget >= 0 && budget <= Self.maximumBudgetUsd) {
            throw APIError(
                status: .badRequest, code: "invalid_limits",
                message: "monthlyBudgetUsd must be a number of dollars from 0 to 1000000, or null for no budget.")
        }
        if let cap = dailyRequestsPerUser, !(0...Self.maximumDailyRequests).contains(cap) {
            throw APIError(
                status: .badRequest, code: "invalid_limits",
                message: "dailyRequestsPerUser must be a whole number from 0 to 1000000, or null for no cap.")
        }
        return ModelLimits(
            monthlyBudgetMicros: monthlyBudgetUsd.map { Int64(($0 * 1_000_000).rounded()) },
            dailyRequestsPerUser: dailyRequestsPerUser)
    }
}
