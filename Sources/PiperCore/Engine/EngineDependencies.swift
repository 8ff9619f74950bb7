import Logging

/// Everything the turn pipeline and its handlers reach, passed down from the composition root.
package struct EngineDependencies: Sendable {
    /// Users and workspaces.
    package var accounts: AccountStore
    /// Conversations and turns.
    package var conversations: ConversationStore
    /// Todos.
    package var todos: TodoStore
    /// Projects.
    package var projects: ProjectStore
    /// Reminders.
    package var reminders: ReminderStore
    /// Settings and the personal context document.
    package var preferences: PreferenceStore
    /// Pending questions.
    package var offers: OfferStore
    /// The session activity ledger.
    package var ledger: LedgerStore
    /// The message classifier.
    package var classifier: IntentClassifier
    /// What Piper can do.
    package var registry: ActionRegistry
    /// The clock.
    package var clock: DateGenerator
    /// Identifier source.
    package var ids: IDGenerator
    /// Where the pipeline logs.
    package var logger: Logger
    /// How a turn's store calls become one transaction (``UnitOfWork/none`` for in-memory stores).
    package var transactions: UnitOfWork
    /// The language model behind the floor, drafting and the classifier fallback; ``LanguageModel/none`` when
    /// no model is configured.
    package var languageModel: LanguageModel

    /// Creates the dependencies.
    package init(
        accounts: AccountStore, conversations: ConversationStore, todos: TodoStore, projects: ProjectStore,
        reminders: ReminderStore, preferences: PreferenceStore, offers: OfferStore, ledger: LedgerStore,
        classifier: IntentClassifier, registry: ActionRegistry = .standard, clock: DateGenerator, ids: IDGenerator,
        logger: Logger = Logger(label: "piper.engine"), languageModel: LanguageModel = .none,
        transactions: UnitOfWork = .none
    ) {
        self.accounts = accounts
        self.conversations = conversations
        self.todos = todos
        self.projects = projects
        self.reminders = reminders
        self.preferences = preferences
        self.offers = offers
        self.ledger = ledger
        self.classifier = classifier
        self.registry = registry
        self.clock = clock
        self.ids = ids
        self.logger = logger
        self.languageModel = languageModel
        self.transactions = transactions
    }
}
