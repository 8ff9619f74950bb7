import PiperTestSupport
import Testing

@Suite("Test environment")
struct PostgresRequirementTests {
    @Test("CI always runs the PostgreSQL half of every contract suite")
    func postgresInCI() {
        if TestDatabase.isContinuousIntegration {
            #expect(TestDatabase.postgresAdminURL != nil, "CI must set PIPER_TEST_POSTGRES_URL (scripts/test.sh does)")
        }
    }
}
