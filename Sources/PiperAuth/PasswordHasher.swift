import Dispatch
import HummingbirdBcrypt
import Synchronization

/// bcrypt hashing off the cooperative thread pool: a hash takes a quarter of a second on purpose.
package struct PasswordHasher: Sendable {
    /// The bcrypt cost (work factor, 4–31); 12 in production, lower in tests.
    package let cost: UInt8
    private let decoy = DecoyHash()
    private let counter = WorkCounter()

    /// Creates a hasher with a cost.
    package init(cost: UInt8 = 12) {
        self.cost = cost
    }

    /// Hashes a password with a fresh salt.
    package func hash(_ password: String) async -> String {
        let cost = cost
        counter.hashes.add(1, ordering: .relaxed)
        return await offload { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    package func verify(_ password: String, hash: String) async -> Bool {
        counter.verifications.add(1, ordering: .relaxed)
        return await offload { Bcrypt.verify(password, hash: hash) }
    }

    /// How many verifications (decoys included) this hasher and its copies have run: the work sign-in
    /// attempts have cost.
    package var verifications: Int {
        counter.verifications.load(ordering: .relaxed)
    }

    /// How many hashes (decoys included) this hasher and its copies have made.
    package var hashes: Int {
        counter.hashes.load(ordering: .relaxed)
    }

    /// Spends the time of a verification without an account, so unknown names and wrong passwords take as long.
    package func verifyNothing(_ password: String) async {
        _ = await verify(password, hash: await decoyHash())
    }

    /// A hash of a random password at this cost, made the first time it is needed (not at start-up).
    private func decoyHash() async -> String {
        if let known = decoy.value.withLock({ $0 }) { return known }
        let made = await hash(OpaqueToken.generate(prefix: ""))
        decoy.value.withLock { $0 = $0 ?? made }
        return made
    }

    private func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}

/// The shared counts of a ``PasswordHasher``'s work.
private final class WorkCounter: Sendable {
    let verifications = Atomic<Int>(0)
    let hashes = Atomic<Int>(0)
}

/// The shared, lazily made decoy hash of a ``PasswordHasher``.
private final class DecoyHash: Sendable {
    let value = Mutex<String?>(nil)
}
