import Foundation

extension ConceptLexicon {
    /// Concept name → words and short phrases, written as a person would type them.
    static let families: [String: [String]] = [
        "greet": [
            "👋", "bonjour", "salut", "namaste", "hi", "hello", "hey", "heya", "hiya", "howdy", "yo", "sup", "hallo",
            "hola", "greetings", "morning", "gm", "hullo", "wassup",
        ],
        "bye": [
            "tschuss", "au revoir", "adieu", "bye", "goodbye", "byebye", "cya", "farewell", "goodnight", "ttyl",
            "adios", "ciao", "cheerio", "later", "signing off", "logging off", "see you", "talk soon", "catch you",
            "gotta go", "heading out", "gn",
        ],
        "thank": [
            "🙏", "👍", "danke", "merci", "gracias", "grazie", "obrigado", "arigato", "thanks", "thank", "thx", "ty",
            "tysm", "cheers", "appreciate", "appreciated", "grateful", "kudos", "legend", "lifesaver", "helpful",
            "brilliant", "perfect", "awesome", "amazing", "nice one", "great job", "good job", "props",
        ],
        "remove": [
            "delete", "remove", "kill", "drop", "trash", "scrap", "erase", "wipe", "toss", "cancel", "discard",
            "nuke", "purge", "clear", "ditch", "axe", "bin", "destroy", "eliminate", "rid", "dump", "junk", "strike",
            "get rid", "throw away", "cut",
        ],
        "complete": [
            "✅", "✔", "done", "finish", "finished", "complete", "completed", "tick", "check off", "cross off",
            "wrapped", "accomplished", "did", "crossed", "ticked", "checked", "knocked out", "completion",
        ],
        "create": [
            "add", "create", "new", "make", "put", "jot", "capture", "log", "file", "raise", "start", "record",
            "register", "set up", "spin up", "kick off", "draft", "write up", "open up",
        ],
        "show": [
            "show", "list", "display", "view", "see", "pull up", "give me", "fetch", "read", "look at", "tell me",
            "get me", "browse",
        ],
        "todo": [
            "todo", "todos", "to do", "to-do", "task", "tasks", "checklist", "action item", "chore", "my list",
            "my plate",
        ],
        "remind": [
            "remind", "reminder", "reminders", "nudge", "ping", "alert", "poke", "remindme", "alarm", "heads up",
        ],
        "time": [
            "tomorrow", "today", "tonight", "tmrw", "tmr", "yesterday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "weekend", "noon", "midnight", "eod", "hour", "hours", "minute",
            "minutes", "min", "mins", "later today",
        ],
        "clock": [
            "time", "clock", "date", "day", "oclock", "timezone", "utc", "calendar date", "what day",
        ],
        "calendar": [
            "calendar", "meeting", "meetings", "agenda", "schedule", "appointment", "appointments", "event", "events",
            "invite", "invites", "1:1", "call", "calls", "sync", "booked", "busy",
        ],
        "free": [
            "free", "open slot", "slot", "slots", "gap", "gaps", "availability", "available", "opening", "window",
        ],
        "recurring": [
            "recurring", "repeating", "weekly", "standing", "regular", "repeat", "series", "every week", "biweekly",
        ],
        "document": [
            "doc", "docs", "document", "documents", "file", "files", "spec", "specs", "prd", "prds", "report",
            "notes", "deck", "wiki", "notion", "pdf", "brief", "memo", "writeup", "one-pager", "whitepaper",
            "spreadsheet", "slides", "page", "pages", "readme",
        ],
        "issue": [
            "issue", "issues", "ticket", "tickets", "bug", "bugs", "story", "stories", "defect", "incident", "epic",
            "card", "cards",
        ],
        "pullrequest": [
            "pr", "prs", "pull request", "pull requests", "merge request", "mr", "mrs", "code review", "reviews",
        ],
        "repository": [
            "repo", "repos", "repository", "repositories", "codebase", "github repo",
        ],
        "project": [
            "project", "projects", "proj", "initiative", "initiatives", "workstream", "program", "effort", "product",
        ],
        "archive": [
            "archive", "archived", "shelve", "mothball", "park", "freeze", "deactivate", "retire", "hide", "put away",
        ],
        "reverse": [
            "undo", "revert", "reverse", "back", "again", "out of", "un", "bring back", "put back", "pull out",
            "take out", "no longer archived", "reopen", "re",
        ],
        "restore": [
            "unarchive", "restore", "dearchive", "revive", "reactivate", "resurrect", "bring back", "undelete",
            "unpark", "un-archive", "recover", "unhide",
        ],
        "status": [
            "status", "progress", "on track", "going", "health", "latest", "far along", "eta", "how far",
            "where are we", "coming along", "update on", "shape",
        ],
        "priority": [
            "priority", "priorities", "focus", "important", "urgent", "first", "top", "matters", "critical",
            "most important",
        ],
        "rank": [
            "prioritize", "prioritise", "rank", "ranking", "order", "sort", "stack rank", "triage", "rice", "weigh",
            "sequence", "compare", "tradeoff", "tradeoffs",
        ],
        "risk": [
            "risk", "risks", "risky", "wrong", "fail", "failure", "danger", "dangers", "worry", "threat", "threats",
            "concern", "concerns", "pitfalls", "downside", "downsides", "exposure",
        ],
        "block": [
            "blocker", "blockers", "blocking", "blocked", "stuck", "holding", "hold up", "impediment", "impediments",
            "waiting on", "dependency", "dependencies", "bottleneck", "in the way", "slowing",
        ],
        "memory": [
            "remember", "recall", "memory", "memories", "told you", "know about", "remembered", "mentioned",
        ],
        "forget": [
            "forget", "unlearn", "erase", "wipe", "purge", "delete my", "clear my", "remove my", "stop remembering",
        ],
        "identity": [
            "who", "name", "yourself", "bot", "human", "ai", "assistant", "robot", "person", "real", "built", "made",
        ],
        "ability": [
            "can", "capable", "able", "abilities", "capabilities", "features", "skills", "support", "supports",
            "help with", "good at", "possible", "commands", "do for me",
        ],
        "roadmap": [
            "roadmap", "roadmaps", "quarter", "quarterly", "h1", "h2", "q1", "q2", "q3", "q4", "timeline",
            "next year", "horizon", "themes", "now next later",
        ],
        "mvp": [
            "mvp", "minimum", "viable", "scope", "descope", "v1", "smallest", "cut", "must have", "must-have",
            "nice to have", "bare minimum", "in or out",
        ],
        "why": [
            "why", "rationale", "reason", "reasons", "justify", "justification", "purpose", "case for", "articulate",
            "explain why", "problem statement", "pitch",
        ],
        "ship": [
            "ship", "shipped", "release", "released", "launched", "deployed", "deploy", "went out", "merged",
            "delivered", "live", "rolled out", "went live",
        ],
        "stale": [
            "stale", "oldest", "longest", "waiting the longest", "older than", "too long", "old", "idle", "quiet",
            "abandoned", "inactive", "rotting", "languishing", "untouched", "forgotten", "neglected", "dormant",
            "sitting", "stuck", "aging", "gone quiet",
        ],
        "label": [
            "label", "labels", "tag", "tags",
        ],
        "branch": [
            "branch", "branches", "main", "master", "feature branch",
        ],
        "milestone": [
            "milestone", "milestones",
        ],
        "version": [
            "version", "versions", "release notes", "changelog", "tag", "tags", "build",
        ],
        "duplicate": [
            "duplicate", "duplicates", "dupe", "dupes", "already", "existing", "similar", "same", "reported",
            "dedupe", "known issue", "already filed",
        ],
        "comment": [
            "comment", "comments", "reply", "respond", "note", "mention", "leave", "post", "tell them",
            "let them know",
        ],
        "close": [
            "close", "closed", "resolve", "resolved", "shut", "won't fix", "wontfix",
        ],
        "reopen": [
            "reopen", "reopened", "re-open", "unclose", "open again", "back up",
        ],
        "assign": [
            "assign", "assignee", "reassign", "unassign", "owner", "retitle", "rename", "relabel", "change", "update",
            "edit", "set",
        ],
        "productivity": [
            "productive", "productivity", "throughput", "velocity", "output", "efficiency", "efficient", "how much",
            "got done", "getting done",
        ],
        "attention": [
            "attention", "urgent", "fire", "flagged", "need me", "needs me", "waiting on me", "asap", "action",
            "respond to",
        ],
        "change": [
            "changed", "changes", "happened", "since", "missed", "catch up", "catch me up", "new since",
            "while i was", "what's new", "diff",
        ],
        "session": [
            "session", "chat", "conversation", "so far", "this chat", "just now", "earlier",
        ],
        "privacy": [
            "see my", "read my", "train on", "other people", "other users", "admins", "admin", "workspace",
            "export everything", "visible", "who can see", "can see", "leave this", "data", "privacy", "private",
            "secure", "security", "stored", "store", "share", "sharing", "encrypt", "encrypted", "gdpr", "access",
            "confidential", "trust", "safe", "retention", "sell",
        ],
        "insight": [
            "learned", "insights", "insight", "patterns", "noticed", "habits", "preferences", "tendencies",
            "observed", "picked up", "learnt",
        ],
        "suggest": [
            "suggest", "suggested", "suggestion", "suggestions", "recommendation", "recommend", "recommended",
            "reasoning", "source", "sources", "where did", "based on", "came from",
        ],
        "standup": [
            "standup", "standups", "stand-up", "scrum", "daily", "yesterday", "stand up", "daily update",
            "status update",
        ],
        "stakeholder": [
            "stakeholder", "stakeholders", "ceo", "cto", "cfo", "vp", "leadership", "exec", "execs", "executive",
            "executives", "board", "investors", "manager", "boss", "director", "team", "sponsor", "customers",
        ],
        "guide": [
            "how", "tips", "advice", "best", "practice", "practices", "approach", "framework", "guide", "should",
            "way to", "recommend", "mentor", "coach",
        ],
        "mode": [
            "mode", "asking", "confirm", "confirmation", "permission", "autonomous", "autopilot", "check with me",
            "ask first", "without asking", "just do",
        ],
        "default": [
            "default", "defaults", "main", "usual", "primary",
        ],
        "summary": [
            "summarize", "summarise", "summary", "tldr", "tl dr", "gist", "key points", "recap", "digest",
            "boil down", "sum up", "highlights", "takeaways", "overview", "condense",
        ],
        "search": [
            "find", "search", "look", "locate", "where", "lookup", "look up", "hunt", "dig up", "track down",
        ],
        "say": [
            "say", "says", "said", "mention", "mentions", "according", "state", "states", "define", "defines",
            "answer",
        ],
        "weather": [
            "weather", "rain", "snow", "forecast", "temperature", "sunny", "umbrella", "hot", "cold", "humid",
            "storm",
        ],
        "sport": [
            "game", "match", "score", "team", "league", "season", "football", "soccer", "basketball", "baseball",
            "nba", "nfl", "won", "win", "cup", "olympics",
        ],
        "leisure": [
            "movie", "movies", "film", "song", "songs", "music", "playlist", "joke", "poem", "haiku", "story",
            "riddle", "pun", "recipe", "cook", "cooking", "bake", "dinner", "restaurant", "pizza", "flight", "hotel",
            "vacation", "trip", "travel", "book me", "tickets", "concert", "tv", "netflix", "show me a",
        ],
        "trivia": [
            "capital", "president", "population", "tallest", "largest", "invented", "wrote", "painted", "planet",
            "planets", "history", "war", "born", "celebrity", "famous",
        ],
        "math": [
            "plus", "minus", "times", "divided", "multiply", "equation", "derivative", "integral", "sqrt",
            "square root", "percent of", "convert", "calculate",
        ],
    ]
}
