import { ImportReview } from "@/features/admin/ImportReview";
import { requireEditorPage } from "@/server/auth/session";

export default async function ImportPage() {
  await requireEditorPage();
  return <ImportReview />;
}
