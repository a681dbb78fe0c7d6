import { handleAuthRequest } from '@/lib/auth/auth-route';

/** next-auth's endpoints (csrf, session, callback/credentials, signout), rate limited in lib/auth; `_log` answers 404. */
export { handleAuthRequest as GET, handleAuthRequest as POST };
