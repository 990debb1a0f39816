// Gives this jest run an id, so helpers that build once per run (see build.ts) can tell a build
// made by this run from a stale one. Workers inherit the environment set here.
module.exports = async () => {
  process.env.GOVRANK_TEST_RUN = `${process.pid}-${Date.now()}`;
};
