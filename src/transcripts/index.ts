// The transcripts API: a TranscriptStore over the bot's storage, for botbuilder's TranscriptLoggerMiddleware and the agent API.
export { CasTranscriptStore } from './casTranscriptStore';
export { toStoredActivity } from './storedActivity';
export { transcriptMiddleware } from './middleware';
