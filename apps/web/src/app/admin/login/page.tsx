import { redirect } from "next/navigation";
import { LoginForm } from "@/features/admin/LoginForm";
import { currentEditor } from "@/server/auth/session";

export default async function LoginPage() {
  if (await currentEditor()) redirect("/admin");
  return (
    <main className="admin-main narrow">
      <h1>Sign in to Dateline</h1>
      <LoginForm />
      <p className="muted">
        No account? An administrator creates one with <code>npm run admin:create</code>.
      </p>
    </main>
  );
}
