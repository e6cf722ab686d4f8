// Runs in the browser before each story file of the "stories-vi" project, so every story
// starts in this locale (a Vite define cannot do it: the projects share one transform cache).
(globalThis as { __DVC_STORY_LOCALE__?: string }).__DVC_STORY_LOCALE__ = 'vi';
