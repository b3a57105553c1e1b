// The English message of a refused HTTP answer, for screens that show the server's own words.
import { ApiMessage } from '../../shared/protocol/answers.ts';

/**
 * The `message` of a refused answer's JSON body (ApiMessage), or `HTTP <status>` when the body is not
 * one (a proxy's HTML page, an empty body). Never throws; reads the body once.
 */
export async function refusalMessage(response: Response): Promise<string> {
  const body = ApiMessage.safeParse(await response.json().catch(() => undefined));
  return body.success ? body.data.message : `HTTP ${response.status}`;
}
