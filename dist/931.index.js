export const id = 931;
export const ids = [931];
export const modules = {

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDeps: () => (/* binding */ defaultDeps)
});

// UNUSED EXPORTS: execRunner, githubCommenter

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(2876);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-auto-scaling/dist-cjs/index.js
var dist_cjs = __webpack_require__(8932);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-route-53/dist-cjs/index.js
var client_route_53_dist_cjs = __webpack_require__(8621);
// EXTERNAL MODULE: ./src/shared/aws.ts
var aws = __webpack_require__(2860);
;// CONCATENATED MODULE: ./src/controller/clients.ts
// The four AWS clients, built in one place with the project's shared settings (region,
// adaptive retries). Endpoints come from AWS_ENDPOINT_URL[_<SERVICE>] via the SDK itself.





function buildClients(region) {
    const settings = (0,aws/* clientSettings */.ry)(region);
    return {
        ec2: new client_ec2_dist_cjs/* EC2Client */.gu5(settings),
        asg: new dist_cjs/* AutoScalingClient */.yis(settings),
        cfn: new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N(settings),
        r53: new client_route_53_dist_cjs/* Route53Client */.LhC(settings)
    };
}

;// CONCATENATED MODULE: ./src/controller/deps.ts
// Everything the controller talks to, in one object, so tests swap any of it: the clock
// (no real waits in tests), the AWS clients, the command runner (packer) and fetch.




const execRunner = (cmd, args, opts) => (0,exec/* exec */.m)(cmd, args, {
    cwd: opts.cwd,
    ignoreReturnCode: true,
    silent: true,
    listeners: { stdline: opts.onLine, errline: opts.onLine }
});
/** Comments on the pull request of a pull_request event, replacing our earlier comment. */
function githubCommenter(token) {
    const ctx = github/* context */._;
    const pr = ctx.payload.pull_request;
    if (!token || !pr || !ctx.eventName.startsWith('pull_request'))
        return undefined;
    return async (body, marker) => {
        const octokit = github/* getOctokit */.Q(token);
        const { owner, repo } = ctx.repo;
        const issue_number = pr.number;
        const comments = await octokit.rest.issues.listComments({
            owner,
            repo,
            issue_number,
            per_page: 100
        });
        const mine = comments.data.find((c) => c.body?.includes(marker));
        const text = `${marker}\n${body}`;
        if (mine) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
            return mine.html_url;
        }
        const created = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number,
            body: text
        });
        return created.data.html_url;
    };
}
const defaultDeps = {
    clock: clock/* systemClock */.m,
    clients: buildClients,
    exec: execRunner,
    fetch: (...args) => fetch(...args),
    commenter: githubCommenter,
    exit: (code) => process.exit(code)
};


/***/ })

};
