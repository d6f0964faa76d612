import { previewImportRoute } from "@/server/actions/import";

export const POST = previewImportRoute;
