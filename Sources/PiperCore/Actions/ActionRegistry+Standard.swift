extension ActionRegistry {
    /// Every action of Piper's vocabulary, in the order of the vocabulary table.
    package static let standard = ActionRegistry(definitions: [
        ActionDefinition(
            .greeting, .conversation, verb: "greet", summary: "say hello", examples: ["good morning Piper", "hi Piper"]
        ),
        ActionDefinition(
            .farewell, .conversation, verb: "say goodbye", summary: "sign off",
            examples: ["that's all for today, bye", "see you tomorrow"]
        ),
        ActionDefinition(
            .thanks, .conversation, verb: "thank", summary: "say thanks",
            examples: ["thanks, that helped", "cheers Piper"]
        ),
        ActionDefinition(
            .getIdentity, .identity, verb: "introduce", summary: "who Piper is",
            examples: ["who are you?", "what are you?"]
        ),
        ActionDefinition(
            .getCapabilities, .discovery, verb: "list", summary: "what Piper can do",
            examples: ["what can you help me with?", "what can you do?"]
        ),
        ActionDefinition(
            .getCurrentTime, .temporal, verb: "tell", summary: "date or time now",
            examples: ["what's today's date?", "what time is it?"]
        ),
        ActionDefinition(
            .getProjectStatus, .status, verb: "report", requires: [.project],
            summary: "status of a project or milestone", examples: ["how is the checkout revamp going?"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .standup, .status, verb: "draft", summary: "a standup draft (yesterday/today/blockers)",
            examples: ["draft my standup"], availability: ActionRequirement.trackerAndModel
        ),
        ActionDefinition(
            .getTopPriority, .priority, verb: "recommend", summary: "what to focus on",
            examples: ["what should I work on first today?"]
        ),
        ActionDefinition(
            .getGuidance, .guidance, verb: "advise", summary: "PM advice or how-to",
            examples: ["how should I run a retro for a remote team?"]
        ),
        ActionDefinition(
            .explainTrust, .trust, verb: "explain", summary: "how Piper handles data / what it knows",
            examples: ["how do you handle my data?"]
        ),
        ActionDefinition(
            .getMemory, .memory, verb: "recall", summary: "what Piper remembers",
            examples: ["what do you remember about our last chat?"], availability: ActionRequirement.memory
        ),
        ActionDefinition(
            .pullInsights, .memory, verb: "summarize", summary: "what Piper has learned about them",
            examples: ["what have you learned about how I work?"], availability: ActionRequirement.memory
        ),
        ActionDefinition(
            .forget, .memory, verb: "forget", effect: .destructive, requires: [.text],
            summary: "erase something Piper knows", examples: ["forget what I told you about the reorg"],
            availability: ActionRequirement.memory
        ),
        ActionDefinition(
            .explainSuggestion, .provenance, verb: "explain", summary: "why Piper said something",
            examples: ["why did you suggest that?"]
        ),
        ActionDefinition(
            .listProjects, .portfolio, verb: "list", summary: "their projects", examples: ["list my projects"]
        ),
        ActionDefinition(
            .addProject, .portfolio, verb: "add", effect: .write, requires: [.project], summary: "add a project",
            examples: ["add a project called Mobile Onboarding"]
        ),
        ActionDefinition(
            .archiveProject, .portfolio, verb: "archive", effect: .write, requires: [.project],
            summary: "archive a project", examples: ["archive the Q2 pricing project"]
        ),
        ActionDefinition(
            .restoreProject, .portfolio, verb: "restore", effect: .write, requires: [.project],
            summary: "bring an archived project back", examples: ["unarchive Q2 pricing"]
        ),
        ActionDefinition(
            .deleteProject, .portfolio, verb: "delete", effect: .destructive, requires: [.project],
            summary: "delete a project", examples: ["delete the sandbox project"]
        ),
        ActionDefinition(
            .linkRepo, .portfolio, verb: "link", effect: .write, requires: [.repo, .project],
            summary: "link a repository to a project", examples: ["link acme/web to the checkout project"]
        ),
        ActionDefinition(
            .createTodo, .execution, verb: "create", effect: .write, requires: [.text], summary: "add a todo",
            examples: ["add a todo to review the Q3 roadmap"]
        ),
        ActionDefinition(
            .listTodos, .execution, verb: "list", summary: "see todos", examples: ["show my todos"]
        ),
        ActionDefinition(
            .nextTodo, .execution, verb: "show", summary: "the next todo", examples: ["what's my next todo?"]
        ),
        ActionDefinition(
            .completeTodo, .execution, verb: "complete", effect: .write, requires: [.todoRef],
            summary: "mark a todo done", examples: ["mark the roadmap todo as done"]
        ),
        ActionDefinition(
            .deleteTodo, .execution, verb: "delete", effect: .destructive, requires: [.todoRef],
            summary: "remove a todo", examples: ["scrap the todo about renaming things"]
        ),
        ActionDefinition(
            .createReminder, .execution, verb: "remind", effect: .write, requires: [.text, .when],
            summary: "be reminded at a time", examples: ["remind me tomorrow at 9 to call Sam"]
        ),
        ActionDefinition(
            .listReminders, .execution, verb: "list", summary: "see reminders", examples: ["what reminders do I have?"]
        ),
        ActionDefinition(
            .setWorkingMode, .settings, verb: "set", effect: .write, summary: "ask-first vs just-do-it",
            examples: ["from now on just do things without asking"]
        ),
        ActionDefinition(
            .setDefaultRepo, .settings, verb: "set", effect: .write, requires: [.repo], summary: "default repository",
            examples: ["set my default repo to acme/web"]
        ),
        ActionDefinition(
            .getDefaultRepo, .settings, verb: "show", summary: "which default repository",
            examples: ["what's my default repo?"]
        ),
        ActionDefinition(
            .sessionActivity, .session, verb: "summarize", summary: "what was done this session",
            examples: ["what did we create today?"]
        ),
        ActionDefinition(
            .createIssue, .tracker, verb: "file", effect: .write, outwardness: .outward,
            summary: "file or draft an issue",
            examples: ["file a bug: export times out", "help me write a ticket about SSO"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .updateIssue, .tracker, verb: "update", effect: .write, outwardness: .outward, requires: [.issueNumber],
            summary: "change title/body/labels/assignee", examples: ["change the title of #42 to 'Fix login'"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .commentIssue, .tracker, verb: "comment", effect: .write, outwardness: .outward, requires: [.issueNumber],
            summary: "comment on an issue", examples: ["comment on #42 that QA passed"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .closeIssue, .tracker, verb: "close", effect: .destructive, outwardness: .outward, requires: [.issueNumber],
            summary: "close an issue", examples: ["close issue 42"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .reopenIssue, .tracker, verb: "reopen", effect: .write, outwardness: .outward, requires: [.issueNumber],
            summary: "reopen an issue", examples: ["reopen #42"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .showIssue, .tracker, verb: "show", requires: [.issueNumber], summary: "one issue's details",
            examples: ["show me issue 42"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .listIssues, .tracker, verb: "list", summary: "open / assigned issues",
            examples: ["what issues are assigned to me?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .listPRs, .tracker, verb: "list", summary: "pull requests", examples: ["show open pull requests"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .stalePRs, .tracker, verb: "find", summary: "pull requests gone quiet", examples: ["which PRs are stale?"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .shippedQuery, .tracker, verb: "summarize", summary: "what shipped recently",
            examples: ["what did we ship this week?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .listMilestones, .tracker, verb: "list", summary: "milestones", examples: ["show milestones"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .listReleases, .tracker, verb: "list", summary: "releases / versions",
            examples: ["what version are we on?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .listLabels, .tracker, verb: "list", summary: "labels", examples: ["list the labels in acme/web"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .listBranches, .tracker, verb: "list", summary: "branches", examples: ["what branches are there?"],
            availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .findDuplicates, .tracker, verb: "search", summary: "similar existing issues across trackers",
            examples: ["is there already a ticket about SSO timeouts?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .getAgenda, .calendar, verb: "show", summary: "meetings today/tomorrow/this week",
            examples: ["what's on my calendar tomorrow?"], availability: ActionRequirement.calendar
        ),
        ActionDefinition(
            .meetingLoad, .calendar, verb: "measure", summary: "time spent in meetings",
            examples: ["how much of my week is meetings?"], availability: ActionRequirement.calendar
        ),
        ActionDefinition(
            .recurringMeetings, .calendar, verb: "audit", summary: "audit recurring meetings",
            examples: ["which recurring meetings do I have?"], availability: ActionRequirement.calendar
        ),
        ActionDefinition(
            .findFreeTime, .calendar, verb: "find", summary: "open slots", examples: ["when am I free on Thursday?"],
            availability: ActionRequirement.calendar
        ),
        ActionDefinition(
            .changesSince, .activity, verb: "summarize", summary: "what changed since a time",
            examples: ["what changed since yesterday?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .attentionQuery, .activity, verb: "triage", summary: "what needs attention",
            examples: ["what needs my attention?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .productivityQuery, .activity, verb: "measure", summary: "personal throughput",
            examples: ["how productive was I this week?"], availability: ActionRequirement.tracker
        ),
        ActionDefinition(
            .searchDocuments, .documents, verb: "search", summary: "find documents",
            examples: ["find the doc about pricing tiers"], availability: ActionRequirement.documents
        ),
        ActionDefinition(
            .summarizeDocument, .documents, verb: "summarize", summary: "summary of a document",
            examples: ["summarize the PRD I uploaded"], availability: ActionRequirement.documents
        ),
        ActionDefinition(
            .askDocument, .documents, verb: "answer", summary: "a question answered from documents",
            examples: ["what does the spec say about refunds?"], availability: ActionRequirement.documents
        ),
        ActionDefinition(
            .writeStakeholderUpdate, .synthesis, verb: "draft", summary: "draft an update for others",
            examples: ["write a short update for the CEO on alpha"]
        ),
        ActionDefinition(
            .articulateWhy, .strategy, verb: "articulate", summary: "the rationale behind work",
            examples: ["help me explain why we're building offline mode"]
        ),
        ActionDefinition(
            .shapeRoadmap, .strategy, verb: "shape", summary: "roadmap shaping",
            examples: ["help me lay out next quarter's roadmap"]
        ),
        ActionDefinition(
            .scopeMVP, .strategy, verb: "scope", summary: "what's in / out of the MVP",
            examples: ["what should be in the MVP for the import tool?"]
        ),
        ActionDefinition(
            .prioritize, .strategy, verb: "rank", summary: "rank a set of items",
            examples: ["prioritize these five features by impact"]
        ),
        ActionDefinition(
            .analyzeBlockers, .analysis, verb: "analyze", summary: "what blocks a milestone",
            examples: ["what's blocking the beta milestone?"], availability: ActionRequirement.trackerAndModel
        ),
        ActionDefinition(
            .analyzeRisks, .analysis, verb: "analyze", summary: "risks in a plan or project",
            examples: ["what are the risks in the launch plan?"], availability: ActionRequirement.languageModel
        ),
        ActionDefinition(
            .outOfScope, .unknown, verb: "decline", summary: "not a PM colleague's job",
            examples: ["what's the weather in Paris?"]
        ),
    ])
}
