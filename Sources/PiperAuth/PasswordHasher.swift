import Dispatch
import HummingbirdBcrypt

/// bcrypt hashing off the cooperative thread pool: a hash takes a quarter of a second on purpose.
package struct PasswordHasher: Sendable {
    /// The bcrypt cost (work factor, 4–31); 12 in production, lower in tests.
    package let cost: UInt8
    private let decoyHash: String

    /// Creates a hasher with a cost (computing one decoy hash for ``verifyNothing(_:)``).
    package init(cost: UInt8 = 12) {
        self.cost = cost
        decoyHash = Bcrypt.hash(OpaqueToken.generate(prefix: ""), cost: cost)
    }

    /// Hashes a password with a fresh salt.
    package func hash(_ password: String) async -> String {
        let cost = cost
        return await offload { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    package func verify(_ password: String, hash: String) async -> Bool {
        await offload { Bcrypt.verify(password, hash: hash) }
    }

    /// Spends the time of a verification without an account, so unknown names and wrong passwords take as long.
    package func verifyNothing(_ password: String) async {
        _ = await verify(password, hash: decoyHash)
    }

    private func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
