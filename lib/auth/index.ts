import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { config } from "@/lib/config";
import { authorizeCredentials } from "./credentials";
import { clientAddress } from "./sign-in-limit";
import type { Role } from "./roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    signedInAt: number;
  }
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    /** When the password was checked (ms since epoch); sessions older than a credential change are refused. */
    signedInAt?: number;
  }
}

/** Auth.js hands `code` through to the sign-in action, which shows a "wait and retry" message. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

// The configuration is a function so that secrets are read when a request needs them, not when
// `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: config().authSecret,
  // Instances run behind a load balancer that sets the Host header.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authorizeCredentials(credentials, clientAddress(request));
        if (result === "rate_limited") throw new SignInRateLimited();
        return result;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        // Wall-clock time, like the JWT's own expiry (not the injectable business clock).
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role as Role;
      session.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      return session;
    },
  },
}));
