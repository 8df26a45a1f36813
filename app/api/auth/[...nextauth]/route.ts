import { handlers } from "@/lib/auth";
import { withUsableCallbackUrl } from "@/lib/auth/callback-url-guard";

export const GET = withUsableCallbackUrl(handlers.GET);
export const POST = withUsableCallbackUrl(handlers.POST);
