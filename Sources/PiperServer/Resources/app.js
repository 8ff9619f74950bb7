// Piper Morgan web chat: enhances the server-rendered page. Hand-written ES2020, no build step, no dependencies.
(() => {
    'use strict';

    const API = '/api/v1';
    const POLL_INTERVAL_MS = 10000;
    const NARROW_QUERY = window.matchMedia('(max-width: 899.98px)');

    const $ = (id) => document.getElementById(id);

    const els = {
        body: document.body,
        thread: $('thread'),
        composerForm: $('composer-form'),
        composer: $('composer'),
        send: $('send'),
        thinking: $('thinking'),
        errorBanner: $('error-banner'),
        errorMessage: $('error-message'),
        errorDismiss: $('error-dismiss'),
        newConversation: $('new-conversation'),
        conversationList: $('conversation-list'),
        conversationEmpty: $('conversation-empty'),
        todoList: $('todo-list'),
        todoCount: $('todo-count'),
        todoEmpty: $('todo-empty'),
        todoForm: $('todo-form'),
        todoNew: $('todo-new'),
        projectList: $('project-list'),
        projectCount: $('project-count'),
        projectEmpty: $('project-empty'),
        archivedProjects: $('archived-projects'),
        archivedProjectList: $('archived-project-list'),
        archivedCount: $('archived-count'),
        reminderList: $('reminder-list'),
        reminderCount: $('reminder-count'),
        reminderEmpty: $('reminder-empty'),
        contextForm: $('context-form'),
        contextRole: $('context-role'),
        contextFocus: $('context-focus'),
        contextPriorities: $('context-priorities'),
        contextNotes: $('context-notes'),
        contextSave: $('context-save'),
        contextStatus: $('context-status'),
        sidebar: $('sidebar'),
        panels: $('panels'),
        toggleConversations: $('toggle-conversations'),
        togglePanels: $('toggle-panels'),
        backdrop: $('backdrop'),
    };

    const state = {
        conversationId: els.body.dataset.conversationId || '',
        userName: els.body.dataset.userName || '',
        userId: '',
        timeZone: undefined,
        sending: false,
        polling: false,
        loadGeneration: 0,
        openDrawer: null,
    };

    // ---------- API ----------

    /** An API failure carrying the server's error message (and, for 429, the seconds to wait). */
    class ApiError extends Error {
        constructor(message, status, code, requestID, retryAfter) {
            super(message);
            this.name = 'ApiError';
            this.status = status;
            this.code = code;
            this.requestID = requestID;
            this.retryAfter = retryAfter;
        }
    }

    /** The routes used to sign in: a 401 from them is an answer, not an expired session. */
    const SIGN_IN_PATHS = ['/auth/status', '/auth/signup', '/auth/signin', '/auth/refresh', '/auth/signout',
        '/auth/password-reset'];

    /** Sends one request to the JSON API; resolves to the parsed body (null for 204), rejects with ApiError. */
    async function send(method, path, body) {
        const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        let response;
        try {
            response = await fetch(API + path, init);
        } catch (_) {
            throw new ApiError('Piper could not be reached. Check your connection and try again.', 0);
        }
        const text = response.status === 204 ? '' : await response.text();
        let data = null;
        if (text) {
            try {
                data = JSON.parse(text);
            } catch (_) {
                data = null;
            }
        }
        if (!response.ok) throw apiErrorFrom(response, data);
        return data;
    }

    /** The ApiError a failed response stands for, from its JSON error body when it has one. */
    function apiErrorFrom(response, data) {
        const error = data && data.error ? data.error : {};
        const message = error.message || `Something went wrong (HTTP ${response.status}).`;
        const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
        return new ApiError(message, response.status, error.code, error.requestID, retryAfter);
    }

    let refreshing = null;

    /** Renews the session from the HttpOnly refresh cookie; concurrent callers share one attempt. */
    function refreshSession() {
        if (!refreshing) {
            refreshing = send('POST', '/auth/refresh', { session: 'cookie' }).then(() => true, () => false)
                .then((renewed) => {
                    refreshing = null;
                    return renewed;
                });
        }
        return refreshing;
    }

    let leaving = false;

    /** Opens the sign-in page, which brings the user back here afterwards. */
    function goToSignIn() {
        if (leaving) return;
        leaving = true;
        window.location.assign(`/signin?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    }

    /** Calls the JSON API; on 401 renews the session once and retries, or sends the user to sign in. */
    async function api(method, path, body) {
        try {
            return await send(method, path, body);
        } catch (error) {
            if (error.status !== 401 || SIGN_IN_PATHS.some((prefix) => path.startsWith(prefix))) throw error;
            if (!(await refreshSession())) {
                goToSignIn();
                throw error;
            }
            return send(method, path, body);
        }
    }

    /** Calls onEvent(name, data) for each server-sent event of a response body, as the events arrive. */
    async function readEvents(response, onEvent) {
        let buffer = '';
        const dispatch = (block) => {
            let name = 'message';
            const data = [];
            for (const line of block.split('\n')) {
                if (line.startsWith('event:')) name = line.slice(6).trim();
                else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
            }
            if (data.length) onEvent(name, data.join('\n'));
        };
        const take = (atEnd) => {
            buffer = buffer.replace(/\r\n/g, '\n');
            for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
                dispatch(buffer.slice(0, end));
                buffer = buffer.slice(end + 2);
            }
            if (atEnd && buffer.trim()) dispatch(buffer);
        };
        if (!response.body || typeof response.body.getReader !== 'function') {
            buffer = await response.text();
            take(true);
            return;
        }
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            take(false);
        }
        buffer += decoder.decode();
        take(true);
    }

    const CUT_OFF = 'The connection dropped before the answer was complete. It will show here once Piper has it.';

    /**
     * Posts a turn asking for the event stream: onDelta(text) gets each piece of the reply as it is written.
     * Resolves to the recorded turns (the body the JSON answer has); rejects with ApiError, marked `streamed`
     * when the failure came after the answer had started.
     */
    async function streamTurn(path, body, onDelta) {
        const init = {
            method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
            headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json' },
        };
        let response;
        try {
            response = await fetch(API + path, init);
        } catch (_) {
            throw new ApiError('Piper could not be reached. Check your connection and try again.', 0);
        }
        if (!response.ok || !(response.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
            const text = await response.text();
            let data = null;
            try {
                data = text ? JSON.parse(text) : null;
            } catch (_) {
                data = null;
            }
            if (!response.ok) throw apiErrorFrom(response, data);
            return data;
        }
        let result = null;
        let failure = null;
        try {
            await readEvents(response, (name, data) => {
                if (name === 'delta') onDelta(String(JSON.parse(data).text || ''));
                else if (name === 'turns') result = JSON.parse(data);
                else if (name === 'error') {
                    const error = JSON.parse(data).error || {};
                    failure = new ApiError(error.message || 'Piper could not finish this answer.',
                        error.status || 500, error.code, error.requestID);
                }
            });
        } catch (_) {
            if (!result && !failure) failure = new ApiError(CUT_OFF, 0);
        }
        if (!result && !failure) failure = new ApiError(CUT_OFF, 0);
        if (failure) {
            failure.streamed = true;
            throw failure;
        }
        return result;
    }

    /** Sends a turn over the event stream; on a 401 before the answer started, renews the session once and retries. */
    async function sendTurn(path, body, onDelta) {
        try {
            return await streamTurn(path, body, onDelta);
        } catch (error) {
            if (error.status !== 401 || error.streamed) throw error;
            if (!(await refreshSession())) {
                goToSignIn();
                throw error;
            }
            return streamTurn(path, body, onDelta);
        }
    }

    const enc = encodeURIComponent;

    // ---------- DOM helpers ----------

    /** Creates an element; attrs values of null/false are skipped; children are nodes or text. */
    function h(tag, attrs, ...children) {
        const node = document.createElement(tag);
        for (const [key, value] of Object.entries(attrs || {})) {
            if (value === null || value === undefined || value === false) continue;
            if (key === 'class') node.className = value;
            else if (key === 'dataset') Object.assign(node.dataset, value);
            else if (value === true) node.setAttribute(key, '');
            else node.setAttribute(key, String(value));
        }
        for (const child of children.flat()) {
            if (child === null || child === undefined || child === false) continue;
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
        return node;
    }

    /** Message text as nodes: paragraphs at blank lines, <br> at line breaks, "- " runs as lists (as WebHTML.swift). */
    function formatText(text) {
        const fragment = document.createDocumentFragment();
        let paragraph = [];
        let bullets = [];
        const flushParagraph = () => {
            if (!paragraph.length) return;
            const p = h('p');
            paragraph.forEach((line, index) => {
                if (index > 0) p.append(h('br'));
                p.append(line);
            });
            fragment.append(p);
            paragraph = [];
        };
        const flushBullets = () => {
            if (!bullets.length) return;
            fragment.append(h('ul', null, bullets.map((item) => h('li', null, item))));
            bullets = [];
        };
        for (const line of String(text || '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
            const trimmed = line.trim();
            const bullet = /^(- |\* |• )/.exec(trimmed);
            if (!trimmed) {
                flushParagraph();
                flushBullets();
            } else if (bullet) {
                flushParagraph();
                bullets.push(trimmed.slice(bullet[0].length).trim());
            } else {
                flushBullets();
                paragraph.push(line);
            }
        }
        flushParagraph();
        flushBullets();
        return fragment;
    }

    function setCount(node, count) {
        if (node) node.textContent = String(count);
    }

    // ---------- Dates ----------

    function dayKey(date) {
        try {
            return new Intl.DateTimeFormat('en-CA', {
                timeZone: state.timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
            }).format(date);
        } catch (_) {
            return date.toDateString();
        }
    }

    function formatTime(date) {
        try {
            return new Intl.DateTimeFormat(undefined, { timeZone: state.timeZone, hour: '2-digit', minute: '2-digit' })
                .format(date);
        } catch (_) {
            return date.toLocaleTimeString();
        }
    }

    function formatDay(date, withYear) {
        const options = { timeZone: state.timeZone, weekday: 'short', day: 'numeric', month: 'short' };
        if (withYear) options.year = 'numeric';
        try {
            return new Intl.DateTimeFormat(undefined, options).format(date);
        } catch (_) {
            return date.toLocaleDateString();
        }
    }

    /** "Today, 09:00", "Tomorrow, 09:00" or "Tue, 12 Mar, 09:00" in the user's time zone. */
    function formatDue(iso) {
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return String(iso || '');
        const now = new Date();
        const key = dayKey(date);
        if (key === dayKey(now)) return `Today, ${formatTime(date)}`;
        if (key === dayKey(new Date(now.getTime() + 86400000))) return `Tomorrow, ${formatTime(date)}`;
        if (key === dayKey(new Date(now.getTime() - 86400000))) return `Yesterday, ${formatTime(date)}`;
        return `${formatDay(date, date.getFullYear() !== now.getFullYear())}, ${formatTime(date)}`;
    }

    /** A short "when" for the conversation list: a time today, a date otherwise. */
    function formatUpdated(iso) {
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return String(iso || '');
        if (dayKey(date) === dayKey(new Date())) return formatTime(date);
        return formatDay(date, date.getFullYear() !== new Date().getFullYear());
    }

    // ---------- Errors and status ----------

    function showError(error) {
        const message = error instanceof Error ? error.message : String(error);
        els.errorMessage.textContent = message;
        els.errorBanner.hidden = false;
        if (error && error.requestID) els.errorBanner.dataset.requestId = error.requestID;
        else delete els.errorBanner.dataset.requestId;
    }

    function hideError() {
        els.errorBanner.hidden = true;
        els.errorMessage.textContent = '';
    }

    // ---------- Thread ----------

    function messages() {
        return Array.from(els.thread.querySelectorAll('.message[data-turn-id]'));
    }

    function lastSequence() {
        return messages().reduce((max, node) => Math.max(max, Number(node.dataset.sequence) || 0), 0);
    }

    function hasTurn(id) {
        return messages().some((node) => node.dataset.turnId === String(id));
    }

    function renderBlock(block, turnText) {
        if (!block || typeof block !== 'object') return null;
        if (block.type === 'list') {
            const items = Array.isArray(block.items) ? block.items : [];
            return h('div', { class: 'block block-list', 'data-block': 'list' },
                block.title ? h('p', { class: 'block-title' }, block.title) : null,
                h('ul', null, items.map((item) => h('li', null,
                    h('span', { class: 'item-text' }, item.text),
                    item.detail ? [' ', h('span', { class: 'item-detail' }, item.detail)] : null))));
        }
        if (block.type === 'confirmation') {
            const options = Array.isArray(block.options) ? block.options : [];
            return h('div', {
                class: 'block confirmation', 'data-block': 'confirmation', 'data-pending': 'true',
                role: 'group', 'aria-label': block.prompt || 'Confirm',
            },
            String(block.prompt || '').trim() === String(turnText || '').trim()
                ? null : h('p', { class: 'confirmation-prompt' }, block.prompt || ''),
            h('div', { class: 'confirmation-options' }, options.map((option) => {
                const style = ['primary', 'danger', 'secondary'].includes(option.style) ? option.style : 'secondary';
                return h('button', {
                    type: 'button', class: `button button-${style}`, 'data-style': style, 'data-reply': option.reply,
                }, option.label);
            })));
        }
        if (block.type === 'citations') {
            const items = Array.isArray(block.items) ? block.items : [];
            return h('div', { class: 'block citations', 'data-block': 'citations' },
                h('p', { class: 'block-title' }, 'Sources'),
                h('ol', null, items.map((item) => h('li', null, typeof item === 'string' ? item : item.text))));
        }
        return null;
    }

    function renderTurn(turn) {
        const role = turn.role === 'user' ? 'user' : 'piper';
        const author = role === 'user' ? 'You' : 'Piper';
        const blocks = Array.isArray(turn.blocks) ? turn.blocks : [];
        return h('article', {
            class: `message message-${role}`, 'data-role': role, 'data-turn-id': turn.id,
            'data-sequence': turn.sequence, 'data-action': turn.action || null, 'aria-label': author,
        },
        h('div', { class: 'message-author', 'aria-hidden': 'true' }, author),
        h('div', { class: 'message-body' },
            h('div', { class: 'message-text' }, formatText(turn.text)),
            blocks.map((block) => renderBlock(block, turn.text))));
    }

    function renderPendingUserMessage(text) {
        return h('article', {
            class: 'message message-user message-pending', 'data-role': 'user', 'data-pending': 'true',
            'aria-label': 'You (sending)',
        },
        h('div', { class: 'message-author', 'aria-hidden': 'true' }, 'You'),
        h('div', { class: 'message-body' }, h('div', { class: 'message-text' }, formatText(text))));
    }

    /** Piper's reply while it is being written: a bubble made on the first piece that grows with each one. */
    function liveReply() {
        let node = null;
        let text = '';
        const bubble = () => {
            if (!node) {
                node = h('article', {
                    class: 'message message-piper message-streaming', 'data-role': 'piper', 'data-streaming': 'true',
                    'aria-label': 'Piper (writing)',
                },
                h('div', { class: 'message-author', 'aria-hidden': 'true' }, 'Piper'),
                h('div', { class: 'message-body' }, h('div', { class: 'message-text' })));
                els.thread.append(node);
                els.thinking.hidden = true;
            }
            return node;
        };
        return {
            grow(piece) {
                if (!piece) return;
                text += piece;
                bubble().querySelector('.message-text').replaceChildren(formatText(text));
                scrollToBottom();
            },
            /** Turns the bubble into an error message that stays in the thread. */
            fail(message) {
                const failed = bubble();
                failed.className = 'message message-piper message-error';
                failed.removeAttribute('data-streaming');
                failed.dataset.error = 'true';
                failed.setAttribute('role', 'alert');
                failed.setAttribute('aria-label', 'Piper (error)');
                failed.querySelector('.message-text').replaceChildren(formatText(message));
                scrollToBottom();
            },
            remove() {
                if (node) node.remove();
                node = null;
            },
        };
    }

    function removeEmptyState() {
        const empty = $('empty-state');
        if (empty) empty.remove();
    }

    function renderEmptyState() {
        const greeting = state.userName ? `Hi ${state.userName}!` : 'Hi!';
        const examples = [
            'Add a todo to draft the launch plan',
            'Show my todos',
            'Remind me tomorrow at 9 to send the weekly update',
        ];
        return h('div', { class: 'empty-state', id: 'empty-state' },
            h('p', { class: 'empty-title' }, `${greeting} I'm Piper, your product-management colleague.`),
            h('p', null, 'Ask me to track todos, projects and reminders, or think a problem through with you.'),
            h('ul', { class: 'examples' }, examples.map((example) => h('li', null,
                h('button', { type: 'button', class: 'example', 'data-example': example }, example)))));
    }

    function scrollToBottom() {
        els.thread.scrollTop = els.thread.scrollHeight;
    }

    /** Adds turns in sequence order, skipping ones already shown; returns how many were added. */
    function addTurns(turns) {
        let added = 0;
        const sorted = (Array.isArray(turns) ? turns : []).slice().sort((a, b) => a.sequence - b.sequence);
        for (const turn of sorted) {
            if (!turn || turn.id === undefined || hasTurn(turn.id)) continue;
            removeEmptyState();
            const node = renderTurn(turn);
            const next = messages().find((existing) => Number(existing.dataset.sequence) > turn.sequence);
            if (next) els.thread.insertBefore(node, next);
            else {
                const pending = els.thread.querySelector('.message[data-pending]');
                if (pending) els.thread.insertBefore(node, pending);
                else els.thread.append(node);
            }
            added += 1;
        }
        if (added) {
            updateConfirmations();
            scrollToBottom();
        }
        return added;
    }

    /** Enables only the confirmation of the last piper turn, while it is unanswered and nothing is being sent. */
    function updateConfirmations() {
        const all = messages();
        const last = all[all.length - 1];
        const lastPiper = all.filter((node) => node.dataset.role === 'piper').pop();
        for (const confirmation of els.thread.querySelectorAll('.confirmation')) {
            const message = confirmation.closest('.message');
            if (message !== lastPiper || message !== last) confirmation.dataset.pending = 'false';
            const active = confirmation.dataset.pending === 'true' && !confirmation.dataset.answered && !state.sending;
            for (const button of confirmation.querySelectorAll('button')) button.disabled = !active;
        }
    }

    function renderThread(turns) {
        els.thread.replaceChildren();
        if (!turns || !turns.length) els.thread.append(renderEmptyState());
        else addTurns(turns);
        updateConfirmations();
        scrollToBottom();
    }

    // ---------- Sending ----------

    function setSending(sending) {
        state.sending = sending;
        els.composer.disabled = sending;
        els.send.disabled = sending;
        els.thinking.hidden = !sending;
        els.thread.setAttribute('aria-busy', sending ? 'true' : 'false');
        updateConfirmations();
    }

    function autoGrow() {
        els.composer.style.height = 'auto';
        els.composer.style.height = `${Math.min(els.composer.scrollHeight + 2, window.innerHeight * 0.4)}px`;
    }

    /** Sends one turn (creating a conversation first when none is selected) and shows the reply. */
    async function sendText(text, { fromComposer = true } = {}) {
        const trimmed = String(text || '').trim();
        if (!trimmed || state.sending) return false;
        hideError();
        setSending(true);
        if (fromComposer) {
            els.composer.value = '';
            autoGrow();
        }
        removeEmptyState();
        const pending = renderPendingUserMessage(trimmed);
        els.thread.append(pending);
        scrollToBottom();
        const live = liveReply();
        let ok = false;
        try {
            if (!state.conversationId) {
                const conversation = await api('POST', '/conversations', {});
                selectConversation(conversation.id, { push: true });
                prependConversation(conversation);
            }
            const result = await sendTurn(`/conversations/${enc(state.conversationId)}/turns`, { text: trimmed },
                (piece) => live.grow(piece));
            pending.remove();
            live.remove();
            addTurns(result && result.turns);
            ok = true;
        } catch (error) {
            pending.remove();
            if (error && error.streamed) live.fail(error.message);
            else live.remove();
            if (!els.thread.querySelector('.message')) renderThread([]);
            if (!error || !error.streamed) showError(error);
            if (fromComposer && !els.composer.value) els.composer.value = trimmed;
        } finally {
            setSending(false);
            autoGrow();
            els.composer.focus();
        }
        refreshAfterTurn();
        return ok;
    }

    function refreshAfterTurn() {
        refreshTodos();
        refreshProjects();
        refreshReminders();
        refreshConversations();
    }

    // ---------- Conversations ----------

    function conversationItem(conversation) {
        const title = (conversation.title || '').trim() || 'New conversation';
        const current = conversation.id === state.conversationId;
        return h('li', null, h('a', {
            class: 'conversation-link', href: `/c/${enc(conversation.id)}`, 'data-id': conversation.id,
            'aria-current': current ? 'page' : null,
        },
        h('span', { class: 'conversation-title' }, title), ' ',
        h('span', { class: 'conversation-time' }, formatUpdated(conversation.updatedAt))));
    }

    function prependConversation(conversation) {
        if (els.conversationList.querySelector(`[data-id="${CSS.escape(conversation.id)}"]`)) return;
        els.conversationList.prepend(conversationItem(conversation));
        els.conversationEmpty.hidden = true;
        markCurrentConversation();
    }

    function markCurrentConversation() {
        let title = null;
        for (const link of els.conversationList.querySelectorAll('.conversation-link')) {
            if (link.dataset.id === state.conversationId) {
                link.setAttribute('aria-current', 'page');
                const titleNode = link.querySelector('.conversation-title');
                title = titleNode ? titleNode.textContent : null;
            } else {
                link.removeAttribute('aria-current');
            }
        }
        document.title = title ? `${title} · Piper Morgan` : 'Piper Morgan';
    }

    async function refreshConversations() {
        try {
            const data = await api('GET', '/conversations');
            const conversations = (data && data.conversations) || [];
            els.conversationList.replaceChildren(...conversations.map(conversationItem));
            els.conversationEmpty.hidden = conversations.length > 0;
            markCurrentConversation();
        } catch (error) {
            console.warn('Piper: could not refresh conversations', error);
        }
    }

    function selectConversation(id, { push }) {
        state.conversationId = id || '';
        els.body.dataset.conversationId = state.conversationId;
        const path = id ? `/c/${enc(id)}` : '/';
        if (push && window.location.pathname !== path) {
            window.history.pushState({ conversationId: state.conversationId }, '', path);
        }
        markCurrentConversation();
    }

    /** Shows a conversation's turns; on failure falls back to a full page load. */
    async function openConversation(id, { push }) {
        if (state.sending) return;
        const generation = ++state.loadGeneration;
        hideError();
        selectConversation(id, { push });
        closeDrawers();
        els.thread.setAttribute('aria-busy', 'true');
        try {
            const data = await api('GET', `/conversations/${enc(id)}/turns`);
            if (generation !== state.loadGeneration) return;
            renderThread((data && data.turns) || []);
        } catch (error) {
            if (generation !== state.loadGeneration) return;
            if (error.status === 404) {
                renderThread([]);
                showError(error);
            } else {
                window.location.assign(`/c/${enc(id)}`);
            }
        } finally {
            if (generation === state.loadGeneration) els.thread.setAttribute('aria-busy', 'false');
        }
        els.composer.focus();
    }

    async function newConversation() {
        if (state.sending) return;
        hideError();
        els.newConversation.disabled = true;
        try {
            const conversation = await api('POST', '/conversations', {});
            state.loadGeneration += 1;
            selectConversation(conversation.id, { push: true });
            prependConversation(conversation);
            markCurrentConversation();
            renderThread([]);
            closeDrawers();
            els.composer.focus();
        } catch (error) {
            showError(error);
        } finally {
            els.newConversation.disabled = false;
        }
    }

    async function poll() {
        if (state.polling || state.sending || document.visibilityState === 'hidden') return;
        state.polling = true;
        const id = state.conversationId;
        try {
            if (id) {
                const data = await api('GET', `/conversations/${enc(id)}/turns?after=${lastSequence()}`);
                if (id === state.conversationId && !state.sending && addTurns(data && data.turns)) {
                    refreshTodos();
                }
            }
            await refreshReminders();
        } catch (error) {
            console.warn('Piper: polling failed', error);
        } finally {
            state.polling = false;
        }
    }

    // ---------- Todos ----------

    function todoItem(todo) {
        const checkboxId = `todo-done-${todo.id}`;
        const done = todo.status === 'done';
        return h('li', { class: done ? 'todo is-done' : 'todo', 'data-todo-id': todo.id, 'data-number': todo.number },
            h('input', { type: 'checkbox', class: 'todo-check', id: checkboxId, checked: done }),
            h('label', { for: checkboxId },
                h('span', { class: 'todo-number' }, `#${todo.number}`), ' ',
                h('span', { class: 'todo-title' }, todo.title)),
            h('button', {
                type: 'button', class: 'icon-button todo-delete', title: 'Delete',
                'aria-label': `Delete todo #${todo.number}: ${todo.title}`,
            }, '×'));
    }

    async function refreshTodos() {
        try {
            const data = await api('GET', '/todos?status=open');
            const todos = ((data && data.todos) || []).filter((todo) => todo.status !== 'done');
            const signature = JSON.stringify(todos.map((todo) => [todo.id, todo.number, todo.title]));
            if (signature === els.todoList.dataset.signature) return;
            const focused = document.activeElement ? document.activeElement.closest('.todo') : null;
            const focusedId = focused && els.todoList.contains(focused) ? focused.dataset.todoId : null;
            els.todoList.replaceChildren(...todos.map(todoItem));
            els.todoList.dataset.signature = signature;
            setCount(els.todoCount, todos.length);
            els.todoEmpty.hidden = todos.length > 0;
            if (focusedId) {
                const again = els.todoList.querySelector(`[data-todo-id="${CSS.escape(focusedId)}"] input`);
                if (again) again.focus();
            }
        } catch (error) {
            console.warn('Piper: could not refresh todos', error);
        }
    }

    function focusAfterRemoval(item, fallback) {
        const next = item.nextElementSibling || item.previousElementSibling;
        const target = next ? next.querySelector('input, button') : null;
        (target || fallback).focus();
    }

    async function completeTodo(item, checkbox) {
        const id = item.dataset.todoId;
        checkbox.disabled = true;
        item.classList.add('is-done');
        try {
            await api('PATCH', `/todos/${enc(id)}`, { status: 'done' });
            focusAfterRemoval(item, els.todoNew);
            await refreshTodos();
        } catch (error) {
            checkbox.checked = false;
            item.classList.remove('is-done');
            showError(error);
        } finally {
            checkbox.disabled = false;
        }
    }

    async function deleteTodo(item) {
        const title = (item.querySelector('.todo-title') || {}).textContent || '';
        const number = item.dataset.number;
        if (!window.confirm(`Delete todo #${number} “${title}”?`)) return;
        try {
            await api('DELETE', `/todos/${enc(item.dataset.todoId)}`);
            focusAfterRemoval(item, els.todoNew);
            item.remove();
            await refreshTodos();
        } catch (error) {
            showError(error);
        }
    }

    async function addTodo(event) {
        event.preventDefault();
        const title = els.todoNew.value.trim();
        if (!title) return;
        els.todoNew.disabled = true;
        try {
            await api('POST', '/todos', { title });
            els.todoNew.value = '';
            await refreshTodos();
        } catch (error) {
            showError(error);
        } finally {
            els.todoNew.disabled = false;
            els.todoNew.focus();
        }
    }

    // ---------- Projects ----------

    function projectItem(project) {
        const repositories = Array.isArray(project.repositories) ? project.repositories : [];
        return h('li', { class: 'project', 'data-project-id': project.id },
            h('span', { class: 'project-name' }, project.name),
            repositories.length
                ? h('ul', { class: 'repo-list', 'aria-label': 'Repositories' },
                    repositories.map((repository) => h('li', null, h('code', null, repository))))
                : null);
    }

    async function refreshProjects() {
        try {
            const data = await api('GET', '/projects?status=all');
            const projects = (data && data.projects) || [];
            const active = projects.filter((project) => project.status !== 'archived');
            const archived = projects.filter((project) => project.status === 'archived');
            els.projectList.replaceChildren(...active.map(projectItem));
            els.archivedProjectList.replaceChildren(...archived.map(projectItem));
            setCount(els.projectCount, active.length);
            setCount(els.archivedCount, archived.length);
            els.projectEmpty.hidden = active.length > 0;
            els.archivedProjects.hidden = archived.length === 0;
        } catch (error) {
            console.warn('Piper: could not refresh projects', error);
        }
    }

    // ---------- Reminders ----------

    function reminderItem(reminder) {
        return h('li', { class: 'reminder', 'data-reminder-id': reminder.id },
            h('span', { class: 'reminder-text' }, reminder.text), ' ',
            h('time', { class: 'reminder-due', datetime: reminder.dueAt }, formatDue(reminder.dueAt)),
            h('button', {
                type: 'button', class: 'icon-button reminder-delete', title: 'Delete',
                'aria-label': `Delete reminder: ${reminder.text}`,
            }, '×'));
    }

    async function refreshReminders() {
        try {
            const data = await api('GET', '/reminders?status=pending');
            const reminders = ((data && data.reminders) || []).filter((reminder) => reminder.status !== 'fired');
            reminders.sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)));
            const signature = JSON.stringify(reminders.map((reminder) => [reminder.id, reminder.text, reminder.dueAt]));
            if (signature === els.reminderList.dataset.signature) return;
            els.reminderList.dataset.signature = signature;
            els.reminderList.replaceChildren(...reminders.map(reminderItem));
            setCount(els.reminderCount, reminders.length);
            els.reminderEmpty.hidden = reminders.length > 0;
        } catch (error) {
            console.warn('Piper: could not refresh reminders', error);
        }
    }

    async function deleteReminder(item) {
        const text = (item.querySelector('.reminder-text') || {}).textContent || '';
        if (!window.confirm(`Delete the reminder “${text}”?`)) return;
        try {
            await api('DELETE', `/reminders/${enc(item.dataset.reminderId)}`);
            focusAfterRemoval(item, els.composer);
            item.remove();
            await refreshReminders();
        } catch (error) {
            showError(error);
        }
    }

    // ---------- About me ----------

    function fillContext(context) {
        if (!context) return;
        els.contextRole.value = context.role || '';
        els.contextFocus.value = context.focus || '';
        els.contextPriorities.value = Array.isArray(context.priorities) ? context.priorities.join('\n') : '';
        els.contextNotes.value = context.notes || '';
        els.contextForm.dataset.loaded = 'true';
    }

    async function loadContext() {
        try {
            fillContext(await api('GET', '/context'));
        } catch (error) {
            if (error.status !== 404) console.warn('Piper: could not load the personal context', error);
            els.contextForm.dataset.loaded = 'true';
        }
    }

    async function saveContext(event) {
        event.preventDefault();
        const body = {
            role: els.contextRole.value.trim(),
            focus: els.contextFocus.value.trim(),
            priorities: els.contextPriorities.value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
            notes: els.contextNotes.value.trim(),
        };
        els.contextSave.disabled = true;
        els.contextStatus.textContent = 'Saving…';
        try {
            fillContext(await api('PUT', '/context', body));
            els.contextStatus.textContent = 'Saved.';
        } catch (error) {
            els.contextStatus.textContent = 'Not saved.';
            showError(error);
        } finally {
            els.contextSave.disabled = false;
        }
    }

    async function loadMe() {
        try {
            const me = await api('GET', '/me');
            if (me && me.timeZone) state.timeZone = me.timeZone;
            if (me && me.user && me.user.name) state.userName = me.user.name;
            if (me && me.user && me.user.id) state.userId = me.user.id;
        } catch (error) {
            console.warn('Piper: could not load the user', error);
        }
    }

    // ---------- Account ----------

    const account = {
        panel: $('account-panel'),
        toggle: $('toggle-account'),
        error: $('account-error'),
        loaded: false,
    };

    const ACTIONS = {
        'account.created': 'Account created',
        'auth.signed_in': 'Signed in',
        'auth.sign_in_failed': 'Sign-in failed',
        'auth.sign_in_throttled': 'Sign-in blocked after failures',
        'auth.signed_out': 'Signed out',
        'auth.refresh_token_reused': 'Session ended: refresh token reused',
        'auth.password_changed': 'Password changed',
        'auth.password_reset_issued': 'Password reset code issued',
        'auth.password_reset': 'Password reset with a code',
        'token.created': 'API token created',
        'token.revoked': 'API token revoked',
        'invitation.created': 'Invitation sent',
        'invitation.revoked': 'Invitation withdrawn',
        'member.role_changed': 'Role changed',
        'member.removed': 'Member removed',
        'secret.stored': 'Secret stored',
        'secret.deleted': 'Secret deleted',
        'secret.revealed': 'Secret used',
        'data.exported': 'Data exported',
        'data.erased': 'Data erased',
        'usage.limits_changed': 'Model limits changed',
    };

    const SESSION_METHODS = { password: 'Password sign-in', sso: 'Single sign-on', signup: 'Sign-up' };

    const PERMISSIONS = { read: 'Read only', write: 'Read and write', admin: 'Read, write and administer' };

    /** "12 Mar 2025, 09:00" in the user's time zone, or "never". */
    function formatWhen(iso) {
        if (!iso) return 'never';
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return String(iso);
        return `${formatDay(date, date.getFullYear() !== new Date().getFullYear())}, ${formatTime(date)}`;
    }

    function showAccountError(error) {
        account.error.textContent = error instanceof Error ? error.message : String(error);
        account.error.hidden = false;
    }

    function clearAccountError() {
        account.error.hidden = true;
        account.error.textContent = '';
    }

    /** Fills a list (and its empty note) with items, or leaves it alone when the page lacks it. */
    function fillList(listId, emptyId, items, render) {
        const list = $(listId);
        if (!list) return;
        list.replaceChildren(...items.map(render));
        const empty = $(emptyId);
        if (empty) empty.hidden = items.length > 0;
    }

    function itemLine(title, details, ...actions) {
        return [
            h('div', { class: 'account-item-text' },
                h('span', { class: 'account-item-title' }, title),
                h('span', { class: 'account-item-detail' }, details.filter(Boolean).join(' · '))),
            actions.length ? h('div', { class: 'account-item-actions' }, actions) : null,
        ];
    }

    function actionButton(label, action, attrs) {
        return h('button', { type: 'button', class: 'button button-secondary button-small', 'data-action': action,
            ...attrs }, label);
    }

    // Sessions

    /** A short name for a User-Agent: the browser and system when recognisable, else its first word. */
    function clientName(agent) {
        const browser = ['Edg', 'Firefox', 'Chrome', 'Safari'].find((name) => agent.includes(`${name}/`));
        const system = ['Windows', 'Mac OS', 'Android', 'iPhone', 'Linux'].find((name) => agent.includes(name));
        const label = { Edg: 'Edge', 'Mac OS': 'macOS' };
        if (browser) return [label[browser] || browser, system && `on ${label[system] || system}`].filter(Boolean).join(' ');
        return agent.split(/[\s/]/)[0].slice(0, 40);
    }

    function sessionItem(session) {
        const method = SESSION_METHODS[session.method] || session.method;
        return h('li', { class: 'account-item', 'data-session-id': session.id },
            itemLine(session.current ? `${method} (this browser)` : method,
                [session.client && clientName(session.client), session.address,
                    `started ${formatWhen(session.createdAt)}`, `last used ${formatWhen(session.lastUsedAt)}`]
                    .filter(Boolean),
                session.current ? null : actionButton('Sign out', 'end-session',
                    { 'aria-label': `Sign out the session started ${formatWhen(session.createdAt)}` })));
    }

    async function loadSessions() {
        if (!$('session-list')) return;
        const data = await api('GET', '/auth/sessions');
        fillList('session-list', 'session-empty', (data && data.sessions) || [], sessionItem);
    }

    // API tokens

    function tokenItem(token) {
        const expired = !token.revokedAt && new Date(token.expiresAt) <= new Date();
        const status = token.revokedAt ? `revoked ${formatWhen(token.revokedAt)}`
            : expired ? `expired ${formatWhen(token.expiresAt)}` : `expires ${formatWhen(token.expiresAt)}`;
        return h('li', { class: token.revokedAt || expired ? 'account-item is-inactive' : 'account-item',
            'data-token-id': token.id },
        itemLine(token.name, [PERMISSIONS[token.permission] || token.permission,
            `last used ${formatWhen(token.lastUsedAt)}`, status],
        token.revokedAt ? null : actionButton('Revoke', 'revoke-token', { 'aria-label': `Revoke ${token.name}` })));
    }

    async function loadTokens() {
        const data = await api('GET', '/tokens');
        const tokens = ((data && data.tokens) || []).slice()
            .sort((a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt))
                || String(b.createdAt).localeCompare(String(a.createdAt)));
        fillList('token-list', 'token-empty', tokens, tokenItem);
    }

    // Activity

    /** Members' names by user ID, so the workspace's activity names people instead of showing IDs. */
    const memberNames = new Map();

    function activityItem(event) {
        const target = memberNames.get(event.target) || event.target;
        const actor = event.actorId && event.actorId !== event.userId ? memberNames.get(event.actorId) : null;
        return h('li', { class: 'account-item activity-item' },
            itemLine(ACTIONS[event.action] || event.action,
                [target, event.detail, actor ? `by ${actor}` : null, formatWhen(event.createdAt)]));
    }

    async function loadActivity(scope, listId, emptyId) {
        if (!$(listId)) return;
        const data = await api('GET', `/audit?scope=${scope}&limit=30`);
        fillList(listId, emptyId, (data && data.events) || [], activityItem);
    }

    // Members

    function roleSelect(member) {
        const roles = els.body.dataset.role === 'owner' ? ['owner', 'admin', 'member'] : ['admin', 'member'];
        if (!roles.includes(member.role)) roles.unshift(member.role);
        return h('select', { class: 'role-select', 'aria-label': `Role of ${member.name}`, 'data-role': member.role },
            roles.map((role) => h('option', { value: role, selected: role === member.role },
                role.charAt(0).toUpperCase() + role.slice(1))));
    }

    function memberItem(member) {
        const isSelf = member.userId === state.userId;
        return h('li', { class: 'account-item', 'data-user-id': member.userId },
            h('div', { class: 'account-item-text' },
                h('span', { class: 'account-item-title' }, isSelf ? `${member.name} (you)` : member.name),
                h('span', { class: 'account-item-detail' },
                    [member.username, member.email, `joined ${formatWhen(member.joinedAt)}`].filter(Boolean)
                        .join(' · '))),
            h('div', { class: 'account-item-actions' },
                isSelf ? h('span', { class: 'role-label' }, member.role) : roleSelect(member),
                isSelf ? null : actionButton('Reset code', 'reset-code',
                    { 'aria-label': `Issue a password reset code for ${member.name}` }),
                isSelf ? null : actionButton('Remove', 'remove-member', { 'aria-label': `Remove ${member.name}` })));
    }

    async function loadMembers() {
        if (!$('member-list')) return;
        const data = await api('GET', '/workspace/members');
        const members = (data && data.members) || [];
        for (const member of members) memberNames.set(member.userId, member.name);
        fillList('member-list', null, members, memberItem);
    }

    // Invitations

    function invitationItem(invitation) {
        return h('li', { class: invitation.status === 'open' ? 'account-item' : 'account-item is-inactive',
            'data-invitation-id': invitation.id },
        itemLine(invitation.email, [invitation.role, invitation.status,
            invitation.status === 'open' ? `expires ${formatWhen(invitation.expiresAt)}` : null],
        invitation.status === 'open' ? actionButton('Revoke', 'revoke-invitation',
            { 'aria-label': `Withdraw the invitation for ${invitation.email}` }) : null));
    }

    async function loadInvitations() {
        if (!$('invitation-list')) return;
        const data = await api('GET', '/workspace/invitations');
        fillList('invitation-list', 'invitation-empty', (data && data.invitations) || [], invitationItem);
    }

    // The panel

    async function loadAccount() {
        clearAccountError();
        if (!state.userId) await loadMe();
        const loads = [loadSessions(), loadTokens(), loadActivity('me', 'activity-list', 'activity-empty'),
            loadInvitations(), loadMembers().finally(
                () => loadActivity('workspace', 'workspace-activity-list', 'workspace-activity-empty'))];
        const failed = (await Promise.allSettled(loads)).find((result) => result.status === 'rejected');
        if (failed) showAccountError(failed.reason);
        account.panel.dataset.loaded = 'true';
    }

    function setAccountOpen(open) {
        account.panel.hidden = !open;
        account.toggle.setAttribute('aria-expanded', String(open));
        if (!open) {
            for (const box of account.panel.querySelectorAll('.shown-once')) dismissShownOnce(box);
            return;
        }
        if (NARROW_QUERY.matches) openDrawer(els.panels);
        account.panel.scrollIntoView({ block: 'start' });
        window.setTimeout(() => $('account-heading').focus(), 0);
        loadAccount();
    }

    /** Shows a secret the server returns once; it lives only in this box until "Done". */
    function showShownOnce(id, value) {
        const box = $(id);
        $(`${id}-value`).textContent = value;
        box.hidden = false;
        box.scrollIntoView({ block: 'nearest' });
    }

    function dismissShownOnce(box) {
        box.hidden = true;
        const value = box.querySelector('.shown-once-value');
        if (value) value.textContent = '';
    }

    async function copyText(node, button) {
        const text = node.textContent;
        try {
            await navigator.clipboard.writeText(text);
            button.textContent = 'Copied';
        } catch (_) {
            const range = document.createRange();
            range.selectNodeContents(node);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
            button.textContent = 'Selected: press Ctrl+C';
        }
        window.setTimeout(() => { button.textContent = 'Copy'; }, 2500);
    }

    /** Runs a form's request with its button disabled and its status line telling how it went. */
    async function submitForm(event, { button, status, run, done }) {
        event.preventDefault();
        clearAccountError();
        const saveButton = $(button);
        const statusLine = $(status);
        saveButton.disabled = true;
        statusLine.textContent = 'Saving…';
        try {
            const result = await run();
            statusLine.textContent = done;
            event.target.reset();
            return result;
        } catch (error) {
            statusLine.textContent = error.message;
            return undefined;
        } finally {
            saveButton.disabled = false;
        }
    }

    async function changePassword(event) {
        await submitForm(event, {
            button: 'password-save', status: 'password-status', done: 'Password changed; other sessions ended.',
            run: () => api('POST', '/auth/password', {
                currentPassword: $('password-current').value, newPassword: $('password-new').value,
            }),
        });
        loadSessions().catch(showAccountError);
    }

    async function createToken(event) {
        const days = Number($('token-days').value);
        const created = await submitForm(event, {
            button: 'token-create', status: 'token-status', done: 'Token created.',
            run: () => api('POST', '/tokens', {
                name: $('token-name').value.trim(), permission: $('token-permission').value,
                expiresInDays: Number.isFinite(days) && days > 0 ? Math.round(days) : undefined,
            }),
        });
        if (!created) return;
        showShownOnce('token-secret', created.secret);
        loadTokens().catch(showAccountError);
    }

    async function invite(event) {
        const created = await submitForm(event, {
            button: 'invitation-create', status: 'invitation-status', done: 'Invitation created.',
            run: () => api('POST', '/workspace/invitations', {
                email: $('invitation-email').value.trim(), role: $('invitation-role').value,
            }),
        });
        if (!created) return;
        showShownOnce('invitation-link', new URL(created.signUpPath, window.location.origin).href);
        loadInvitations().catch(showAccountError);
    }

    /** Runs one list action (confirmed first when `question` is given), then reloads what it changed. */
    async function listAction(question, run, reload) {
        if (question && !window.confirm(question)) return;
        clearAccountError();
        try {
            await run();
        } catch (error) {
            showAccountError(error);
        }
        await reload().catch(showAccountError);
    }

    /** Erases the person's data after they type the confirmation phrase, then reloads. */
    async function eraseData() {
        const phrase = 'erase my data';
        const answer = window.prompt('This deletes your conversations, todos, projects, reminders, context, '
            + `secrets and tokens, and signs you out. It cannot be undone. Type “${phrase}” to go ahead.`);
        if (answer === null) return;
        clearAccountError();
        if (answer.trim().toLowerCase() !== phrase) {
            showAccountError(new Error('Nothing was erased: the confirmation did not match.'));
            return;
        }
        try {
            await api('POST', '/me/erase', { confirm: phrase });
            window.location.assign('/');
        } catch (error) {
            showAccountError(error);
        }
    }

    /** Renews an expired session first, so the download link never answers with a 401. */
    async function exportData(event) {
        event.preventDefault();
        clearAccountError();
        try {
            await api('GET', '/me');
            window.location.assign(event.target.closest('#export-data').href);
        } catch (error) {
            showAccountError(error);
        }
    }

    function onAccountClick(event) {
        if (event.target.closest('#export-data')) return exportData(event);
        if (event.target.closest('#erase-data')) return eraseData();
        const copy = event.target.closest('[data-copy]');
        if (copy) return copyText($(copy.dataset.copy), copy);
        const dismiss = event.target.closest('[data-dismiss]');
        if (dismiss) return dismissShownOnce($(dismiss.dataset.dismiss));
        const button = event.target.closest('button[data-action]');
        if (!button) return undefined;
        const item = button.closest('li');
        const name = (item.querySelector('.account-item-title') || {}).textContent || '';
        switch (button.dataset.action) {
        case 'end-session':
            return listAction(null, () => api('DELETE', `/auth/sessions/${enc(item.dataset.sessionId)}`), loadSessions);
        case 'revoke-token':
            return listAction(`Revoke the API token “${name}”? Anything using it stops working.`,
                () => api('DELETE', `/tokens/${enc(item.dataset.tokenId)}`), loadTokens);
        case 'revoke-invitation':
            return listAction(`Withdraw the invitation for ${name}?`,
                () => api('DELETE', `/workspace/invitations/${enc(item.dataset.invitationId)}`), loadInvitations);
        case 'remove-member':
            return listAction(`Remove ${name} from the workspace?`,
                () => api('DELETE', `/workspace/members/${enc(item.dataset.userId)}`), loadMembers);
        case 'reset-code':
            return listAction(null, async () => {
                const reset = await api('POST', `/workspace/members/${enc(item.dataset.userId)}/password-reset`);
                showShownOnce('reset-code', reset.code);
            }, async () => {});
        default:
            return undefined;
        }
    }

    async function onRoleChange(event) {
        const select = event.target.closest('.role-select');
        if (!select) return;
        const item = select.closest('li');
        await listAction(null, () => api('PATCH', `/workspace/members/${enc(item.dataset.userId)}`,
            { role: select.value }), loadMembers);
    }

    async function signOut() {
        const button = $('sign-out');
        button.disabled = true;
        // A request first, so an expired access cookie is renewed and signing out ends the session on the server.
        await api('GET', '/me').catch(() => null);
        await send('POST', '/auth/signout').catch(() => null);
        leaving = true;
        window.location.assign('/signin');
    }

    function bindAccount() {
        if (!account.panel) return;
        account.toggle.addEventListener('click', () => setAccountOpen(account.panel.hidden));
        $('account-close').addEventListener('click', () => {
            setAccountOpen(false);
            account.toggle.focus();
        });
        account.panel.addEventListener('click', onAccountClick);
        account.panel.addEventListener('change', onRoleChange);
        const forms = { 'password-form': changePassword, 'token-form': createToken, 'invitation-form': invite };
        for (const [id, handler] of Object.entries(forms)) {
            if ($(id)) $(id).addEventListener('submit', handler);
        }
        const signOutButton = $('sign-out');
        if (signOutButton) signOutButton.addEventListener('click', signOut);
    }

    // ---------- Usage and models ----------

    const TASKS = { classification: 'Choosing actions', floor: 'Conversation', drafting: 'Drafting',
        extraction: 'Extraction', summarization: 'Summaries' };

    const CIRCUITS = { closed: 'Working', open: 'Paused after failures', half_open: 'Trying again' };

    const numberFormat = new Intl.NumberFormat();

    /** Opens or closes a side panel (Usage, Models) and loads it when it opens. */
    function setSidePanelOpen(name, open, load) {
        const panel = $(`${name}-panel`);
        panel.hidden = !open;
        $(`toggle-${name}`).setAttribute('aria-expanded', String(open));
        if (!open) return;
        if (NARROW_QUERY.matches) openDrawer(els.panels);
        panel.scrollIntoView({ block: 'start' });
        window.setTimeout(() => $(`${name}-heading`).focus(), 0);
        showPanelError(name, null);
        load().catch((error) => showPanelError(name, error)).finally(() => { panel.dataset.loaded = 'true'; });
    }

    function showPanelError(name, error) {
        const line = $(`${name}-error`);
        line.hidden = !error;
        line.textContent = error ? (error instanceof Error ? error.message : String(error)) : '';
    }

    function figureList(listId, figures) {
        $(listId).replaceChildren(...figures.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
    }

    function usageRows(tableId, entries, label) {
        const body = $(tableId).tBodies[0];
        body.replaceChildren(...entries.map((entry) => h('tr', null,
            h('th', { scope: 'row' }, label(entry)),
            h('td', { title: entry.failures ? `${numberFormat.format(entry.failures)} failed` : null },
                numberFormat.format(entry.calls)),
            h('td', null, numberFormat.format(entry.inputTokens + entry.outputTokens)),
            h('td', null, entry.cost))));
        $(tableId).hidden = entries.length === 0;
        $(`${tableId}-empty`).hidden = entries.length > 0;
    }

    function limitText(limit, used) {
        return limit === null || limit === undefined ? `${used} (no limit)` : `${used} of ${limit}`;
    }

    function showLimits(limits) {
        figureList('usage-limits', [
            ['Spent this month', limitText(limits.monthlyBudget, limits.spentThisMonth)],
            ['Your calls today', limitText(limits.dailyRequestsPerUser, numberFormat.format(limits.usedToday))],
            ['Set by', limits.source === 'workspace' ? 'This workspace' : 'Piper’s configuration'],
        ]);
        const form = $('limits-form');
        if (!form) return;
        $('limits-budget').value = limits.monthlyBudgetUsd === null ? '' : String(limits.monthlyBudgetUsd);
        $('limits-daily').value = limits.dailyRequestsPerUser === null ? '' : String(limits.dailyRequestsPerUser);
        $('limits-reset').hidden = limits.source !== 'workspace';
    }

    function providerItem(provider) {
        return h('li', { class: provider.circuit === 'closed' ? 'account-item' : 'account-item is-inactive',
            'data-provider': provider.name },
            itemLine(provider.name, [provider.kind, CIRCUITS[provider.circuit] || provider.circuit,
                provider.lastError ? `last error: ${provider.lastError}` : null]));
    }

    async function loadUsage() {
        const workspace = $('usage-workspace') && $('usage-workspace').checked;
        let report;
        try {
            report = await api('GET', `/usage?scope=${workspace ? 'workspace' : 'me'}`);
        } catch (error) {
            if (error.status === 404) throw new Error('This Piper does not record model usage.');
            throw error;
        }
        $('usage-period').textContent = `${report.from} to ${report.to} (UTC)${workspace ? ', whole workspace' : ''}`;
        const totals = report.totals;
        figureList('usage-totals', [
            ['Calls', `${numberFormat.format(totals.calls)}${totals.failures ? `, ${totals.failures} failed` : ''}`],
            ['Tokens', `${numberFormat.format(totals.inputTokens)} in, ${numberFormat.format(totals.outputTokens)} out`],
            ['Cost', totals.cost],
        ]);
        usageRows('usage-days', report.byDay, (entry) => entry.day);
        usageRows('usage-tasks', report.byTask, (entry) => TASKS[entry.task] || entry.task);
        usageRows('usage-models', report.byModel, (entry) => `${entry.model} (${entry.provider})`);
        showLimits(report.limits);
        fillList('usage-providers', 'usage-providers-empty', report.providers, providerItem);
    }

    function optionalNumber(input) {
        const text = input.value.trim();
        return text === '' ? null : Number(text);
    }

    async function saveLimits(event) {
        const body = {
            monthlyBudgetUsd: optionalNumber($('limits-budget')),
            dailyRequestsPerUser: optionalNumber($('limits-daily')),
        };
        const limits = await submitForm(event, {
            button: 'limits-save', status: 'limits-status', done: 'Limits saved.',
            run: () => api('PUT', '/usage/limits', body),
        });
        if (limits) showLimits(limits);
    }

    async function resetLimits() {
        try {
            showLimits(await api('DELETE', '/usage/limits'));
            $('limits-status').textContent = 'Using the configured limits.';
        } catch (error) {
            showPanelError('usage', error);
        }
    }

    async function loadModelKeys() {
        const data = await api('GET', '/secrets');
        const stored = new Map(((data && data.secrets) || []).map((secret) => [secret.name, secret]));
        for (const form of document.querySelectorAll('.model-key-form')) {
            const secret = stored.get(form.dataset.secret);
            $(`${form.id}-state`).textContent = secret ? `A key is set (saved ${formatWhen(secret.updatedAt)}).`
                : 'No key set.';
            $(`${form.id}-remove`).hidden = !secret;
        }
    }

    async function saveModelKey(event) {
        const form = event.currentTarget;
        const value = $(`${form.id}-value`).value;
        const saved = await submitForm(event, {
            button: `${form.id}-save`, status: `${form.id}-status`, done: 'Key saved.',
            run: () => api('PUT', `/secrets/${encodeURIComponent(form.dataset.secret)}`, { value }),
        });
        if (saved) await loadModelKeys().catch((error) => showPanelError('models', error));
    }

    async function removeModelKey(button) {
        if (!window.confirm('Remove this API key? Piper will stop using it.')) return;
        try {
            await api('DELETE', `/secrets/${encodeURIComponent(button.dataset.removeKey)}`);
            await loadModelKeys();
        } catch (error) {
            showPanelError('models', error);
        }
    }

    function bindUsage() {
        const panels = { usage: loadUsage, models: loadModelKeys };
        for (const [name, load] of Object.entries(panels)) {
            if (!$(`${name}-panel`)) continue;
            $(`toggle-${name}`).addEventListener('click', () => setSidePanelOpen(name, $(`${name}-panel`).hidden, load));
            $(`${name}-close`).addEventListener('click', () => {
                setSidePanelOpen(name, false, load);
                $(`toggle-${name}`).focus();
            });
        }
        if ($('usage-workspace')) $('usage-workspace').addEventListener('change', () => {
            loadUsage().catch((error) => showPanelError('usage', error));
        });
        if ($('limits-form')) $('limits-form').addEventListener('submit', saveLimits);
        if ($('limits-reset')) $('limits-reset').addEventListener('click', resetLimits);
        for (const form of document.querySelectorAll('.model-key-form')) {
            form.addEventListener('submit', saveModelKey);
            $(`${form.id}-remove`).addEventListener('click', (event) => removeModelKey(event.currentTarget));
        }
    }

    // ---------- Sign-in page ----------

    /** A path on this site to go to after signing in; anything else becomes "/". */
    function safeNext(next) {
        return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
    }

    function waitText(seconds) {
        if (seconds < 90) return `${seconds} seconds`;
        return `${Math.ceil(seconds / 60)} minutes`;
    }

    function showAuthError(error) {
        const node = $('auth-error');
        node.textContent = error.status === 429 && error.retryAfter
            ? `Too many attempts. Try again in ${waitText(error.retryAfter)}.` : error.message;
        node.hidden = false;
        $('auth-notice').hidden = true;
    }

    function showAuthSection(id) {
        for (const section of document.querySelectorAll('.auth-section')) section.hidden = section.id !== id;
        for (const link of document.querySelectorAll('[data-show]')) link.hidden = link.dataset.show === id;
        $('auth-error').hidden = true;
        const first = $(id).querySelector('input:not([type=hidden])');
        if (first) first.focus();
    }

    function fieldValues(form) {
        const values = {};
        for (const [key, value] of new FormData(form).entries()) {
            const text = key.toLowerCase().includes('password') ? String(value) : String(value).trim();
            if (text) values[key] = text;
        }
        return values;
    }

    /** Posts a sign-in form with its button disabled while the request runs. */
    async function postAuthForm(form, path, body, onSuccess) {
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        try {
            await send('POST', path, body);
            onSuccess();
        } catch (error) {
            showAuthError(error);
        } finally {
            button.disabled = false;
        }
    }

    function timeZone() {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
        } catch (_) {
            return undefined;
        }
    }

    /** Renews the session from the refresh cookie, but not twice within a minute, so a page that still refuses the
     * renewed session can't bounce the browser back here forever. */
    async function resumeSession() {
        try {
            const last = Number(window.sessionStorage.getItem('piper.resumedAt')) || 0;
            if (Date.now() - last < 60000) return false;
        } catch (_) {
            return false;
        }
        const renewed = await refreshSession();
        try {
            if (renewed) window.sessionStorage.setItem('piper.resumedAt', String(Date.now()));
        } catch (_) {
            // Without storage the guard can't hold; the renewed session is still worth using once.
        }
        return renewed;
    }

    async function showSignInStatus(next) {
        try {
            const status = await send('GET', '/auth/status');
            if (status.mode === 'local') $('local-note').hidden = false;
            if (status.singleSignOn) {
                $('sso-name').textContent = status.singleSignOn;
                $('sso-link').href = `/api/v1/auth/oidc/start?next=${encodeURIComponent(next)}`;
                $('sso').hidden = false;
            }
            if (status.signedIn || (status.mode === 'accounts' && !$('signup-invitation').value
                && await resumeSession())) {
                window.location.replace(next);
            }
        } catch (error) {
            console.warn('Piper: could not read the sign-in status', error);
        }
    }

    function initSignIn() {
        const next = safeNext(els.body.dataset.next);
        const go = () => window.location.replace(next);
        for (const link of document.querySelectorAll('[data-show]')) {
            link.addEventListener('click', () => showAuthSection(link.dataset.show));
        }
        $('signin-form').addEventListener('submit', (event) => {
            event.preventDefault();
            postAuthForm(event.target, '/auth/signin', { ...fieldValues(event.target), session: 'cookie' }, go);
        });
        $('signup-form').addEventListener('submit', (event) => {
            event.preventDefault();
            const body = { ...fieldValues(event.target), timeZone: timeZone(), session: 'cookie' };
            postAuthForm(event.target, '/auth/signup', body, go);
        });
        $('reset-form').addEventListener('submit', (event) => {
            event.preventDefault();
            postAuthForm(event.target, '/auth/password-reset', fieldValues(event.target), () => {
                event.target.reset();
                showAuthSection('signin-section');
                $('auth-notice').textContent = 'Your password is set. Sign in with it.';
                $('auth-notice').hidden = false;
            });
        });
        els.body.dataset.ready = 'true';
        showSignInStatus(next);
    }

    // ---------- Drawers (narrow screens) ----------

    function drawerToggle(drawer) {
        return drawer === els.sidebar ? els.toggleConversations : els.togglePanels;
    }

    function openDrawer(drawer) {
        closeDrawers({ restoreFocus: false });
        drawer.classList.add('is-open');
        drawerToggle(drawer).setAttribute('aria-expanded', 'true');
        els.backdrop.hidden = false;
        state.openDrawer = drawer;
        const first = Array.from(drawer.querySelectorAll(
            'button:not([data-close-drawer]), a[href], input, textarea, summary',
        )).find((node) => node.getClientRects().length > 0);
        if (first) window.setTimeout(() => first.focus(), 0);
    }

    function closeDrawers({ restoreFocus = false } = {}) {
        const wasOpen = state.openDrawer;
        for (const drawer of [els.sidebar, els.panels]) {
            drawer.classList.remove('is-open');
            drawerToggle(drawer).setAttribute('aria-expanded', 'false');
        }
        els.backdrop.hidden = true;
        state.openDrawer = null;
        if (restoreFocus && wasOpen) drawerToggle(wasOpen).focus();
    }

    function toggleDrawer(drawer) {
        if (state.openDrawer === drawer) closeDrawers({ restoreFocus: true });
        else openDrawer(drawer);
    }

    // ---------- Events ----------

    function bind() {
        els.composerForm.addEventListener('submit', (event) => {
            event.preventDefault();
            sendText(els.composer.value);
        });
        els.composer.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
                event.preventDefault();
                sendText(els.composer.value);
            }
        });
        els.composer.addEventListener('input', autoGrow);
        els.errorDismiss.addEventListener('click', () => {
            hideError();
            els.composer.focus();
        });

        els.thread.addEventListener('click', (event) => {
            const option = event.target.closest('.confirmation button[data-reply]');
            if (option && !option.disabled) {
                const confirmation = option.closest('.confirmation');
                confirmation.dataset.answered = 'true';
                option.classList.add('is-chosen');
                option.setAttribute('aria-pressed', 'true');
                updateConfirmations();
                sendText(option.dataset.reply, { fromComposer: false }).then((ok) => {
                    if (ok) return;
                    delete confirmation.dataset.answered;
                    option.classList.remove('is-chosen');
                    option.removeAttribute('aria-pressed');
                    updateConfirmations();
                });
                return;
            }
            const example = event.target.closest('button[data-example]');
            if (example) {
                els.composer.value = example.dataset.example;
                autoGrow();
                els.composer.focus();
            }
        });

        els.newConversation.addEventListener('click', newConversation);
        els.conversationList.addEventListener('click', (event) => {
            const link = event.target.closest('a.conversation-link');
            if (!link || event.defaultPrevented || event.button !== 0) return;
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            if (link.dataset.id === state.conversationId) {
                closeDrawers();
                els.composer.focus();
                return;
            }
            openConversation(link.dataset.id, { push: true });
        });
        window.addEventListener('popstate', () => {
            const match = /^\/c\/([^/]+)\/?$/.exec(window.location.pathname);
            if (match) openConversation(decodeURIComponent(match[1]), { push: false });
            else window.location.reload();
        });

        els.todoList.addEventListener('change', (event) => {
            const checkbox = event.target.closest('.todo-check');
            if (checkbox && checkbox.checked) completeTodo(checkbox.closest('.todo'), checkbox);
        });
        els.todoList.addEventListener('click', (event) => {
            const button = event.target.closest('.todo-delete');
            if (button) deleteTodo(button.closest('.todo'));
        });
        els.todoForm.addEventListener('submit', addTodo);
        els.reminderList.addEventListener('click', (event) => {
            const button = event.target.closest('.reminder-delete');
            if (button) deleteReminder(button.closest('.reminder'));
        });
        els.contextForm.addEventListener('submit', saveContext);
        els.contextForm.addEventListener('input', () => {
            els.contextStatus.textContent = '';
        });

        els.toggleConversations.addEventListener('click', () => toggleDrawer(els.sidebar));
        els.togglePanels.addEventListener('click', () => toggleDrawer(els.panels));
        els.backdrop.addEventListener('click', () => closeDrawers({ restoreFocus: true }));
        for (const button of document.querySelectorAll('[data-close-drawer]')) {
            button.addEventListener('click', () => closeDrawers({ restoreFocus: true }));
        }
        document.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && state.openDrawer) closeDrawers({ restoreFocus: true });
        });
        const onWidthChange = () => {
            if (!NARROW_QUERY.matches) closeDrawers();
        };
        if (NARROW_QUERY.addEventListener) NARROW_QUERY.addEventListener('change', onWidthChange);

        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') poll();
        });
        window.setInterval(poll, POLL_INTERVAL_MS);
    }

    function init() {
        bind();
        bindAccount();
        bindUsage();
        if (state.conversationId) {
            window.history.replaceState({ conversationId: state.conversationId }, '', window.location.href);
        }
        updateConfirmations();
        scrollToBottom();
        autoGrow();
        loadMe();
        loadContext();
        els.body.dataset.ready = 'true';
        if (!NARROW_QUERY.matches) els.composer.focus();
    }

    if (els.body.dataset.page === 'signin') initSignIn();
    else init();
})();
