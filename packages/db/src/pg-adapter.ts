/**
 * The PostgreSQL driver adapter for the Prisma CLI (`migrate deploy`, `migrate diff`): the stock
 * `@prisma/adapter-pg` 7.x factory, except that `executeScript` sends a migration whole, in one
 * simple-protocol query, as the native schema engine does. The stock one splits the script on
 * every ";", which cuts PL/pgSQL function bodies apart (migration timeline_rollup_triggers). One
 * query also means PostgreSQL runs the script in one implicit transaction: a failing migration
 * leaves nothing half-applied.
 */
import { PrismaPg } from "@prisma/adapter-pg";

type Connection = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScripts(connection: Connection): Connection {
  // onError turns a pg error into the DriverAdapterError the schema engine reports (it is
  // `protected` in the typings and always throws).
  const onError = (error: unknown): never => (connection as unknown as { onError(e: unknown): never }).onError(error);
  connection.executeScript = async (script: string) => {
    try {
      await connection.underlyingDriver().query(script);
    } catch (error) {
      onError(error);
    }
  };
  return connection;
}

/** `new PrismaPg(…)` whose connections run migration scripts whole. */
export class MigrationPrismaPg extends PrismaPg {
  override async connect(): Promise<Connection> {
    return wholeScripts(await super.connect());
  }

  override async connectToShadowDb(): Promise<Connection> {
    return wholeScripts(await super.connectToShadowDb());
  }
}
