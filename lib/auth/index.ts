import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientLimitKey } from "@/lib/client-address";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { authorizeCredentials } from "./credentials";
import type { Role } from "./roles";
import { endSession } from "./sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    /** The server-side session (lib/auth/sessions.ts) this cookie stands for. */
    sessionId: string;
  }
  interface User {
    role?: Role;
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    /** Random id of the server-side session; its row decides whether the cookie still works. */
    sid?: string;
  }
}

/** Auth.js hands `code` through to the sign-in action, which shows a "wait and retry" message. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

// The configuration is a function so that secrets are read when a request needs them, not when
// `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: config().authSecret,
  // Instances run behind a load balancer that sets the Host header.
  trustHost: true,
  // The cookie lasts as long as the absolute lifetime; the server-side row ends it sooner if needed.
  session: { strategy: "jwt", maxAge: Math.floor(config().sessions.maxAgeMs / 1000) },
  pages: { signIn: "/en/sign-in" },
  logger: {
    // A refused sign-in is an answer, not a fault: no stack trace per wrong password, so a flood
    // of guesses cannot flood the log either. Everything else is logged as Auth.js would.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth][error]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authorizeCredentials(credentials, clientLimitKey(request?.headers));
        if (result && "rateLimited" in result) throw new SignInRateLimited(result.retryAfterSeconds);
        return result;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role as Role;
      session.sessionId = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
  events: {
    // Sign-out ends the server-side session, so a copy of the cookie stops working too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string" && sid) await endSession(getDb(), sid);
    },
  },
}));
