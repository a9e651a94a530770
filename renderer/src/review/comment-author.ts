// The review's name for who is working (settings/current-user.ts): comments, suggestions and hand-offs are signed by it.
export { useCurrentUser, knownUser, requireUser as commentAuthor } from '../settings/current-user';
