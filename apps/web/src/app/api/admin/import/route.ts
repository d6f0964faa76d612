import { saveImportRoute } from "@/server/actions/import";

export const POST = saveImportRoute;
