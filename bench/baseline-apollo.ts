import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ALLOY_GRADES } from '@magmatch/catalog';

/**
 * The baseline of the API benchmark: a bare Apollo Server (the version MagMatch uses) answering the same
 * constant query as MagMatch's `alloyGrades`, with nothing else in the way. Port from PORT.
 */
const server = new ApolloServer({
  typeDefs: `type AlloyGrade { code: String! family: String! designations: [String!]! }
             type Query { alloyGrades: [AlloyGrade!]! }`,
  resolvers: { Query: { alloyGrades: () => ALLOY_GRADES.map(({ code, family, designations }) => ({ code, family, designations })) } },
});
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4100), host: '127.0.0.1' } });
process.stdout.write(`baseline ready at ${url}\n`);
