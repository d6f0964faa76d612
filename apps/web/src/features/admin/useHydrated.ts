import { useEffect, useState } from "react";

/**
 * False until React has hydrated this component. Submit buttons stay disabled until then, so a
 * click before hydration cannot fall back to a native form submission (which would put the
 * fields, a password included, into a GET URL).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
