export const id = 635;
export const ids = [635];
export const modules = {

/***/ 9635:
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var client_backup_dist_cjs = __webpack_require__(2760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-route-53/dist-cjs/index.js
var client_route_53_dist_cjs = __webpack_require__(8621);
// EXTERNAL MODULE: ./src/shared/aws.ts
var aws = __webpack_require__(2860);
;// CONCATENATED MODULE: ./src/controller/aws/clients.ts
// The AWS clients, built in one place with the project's shared settings (region, retries
// whose back-off sleeps on the run's clock). Endpoints come from AWS_ENDPOINT_URL[_<SERVICE>] via the SDK itself.







function buildClients(region, clock) {
    const settings = (0,aws/* clientSettings */.ry)(region, clock);
    return {
        ec2: new client_ec2_dist_cjs/* EC2Client */.gu5(settings),
        asg: new dist_cjs/* AutoScalingClient */.yis(settings),
        cfn: new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N(settings),
        r53: new client_route_53_dist_cjs/* Route53Client */.LhC(settings),
        ddb: new client_dynamodb_dist_cjs/* DynamoDBClient */.MGV(settings),
        backup: new client_backup_dist_cjs/* BackupClient */.M3I(settings)
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./src/shared/contract.ts
var contract = __webpack_require__(1603);
;// CONCATENATED MODULE: ./src/controller/edges/deployment.ts
// A GitHub deployment for the run, when given a token and deployment-environment: created
// `in_progress` when the run starts, then `success` (deployed or unchanged; the OpsCenter URL
// as the environment URL, and the deployment it replaces marked inactive by GitHub:
// auto_inactive) or `failure` (reverted or failed, with the cause). A job that itself runs in
// a GitHub environment already gets a deployment from GitHub: name another one here, or none.
// API: https://docs.github.com/en/rest/deployments/deployments,
// https://docs.github.com/en/rest/deployments/statuses (permission deployments: write).



/** GitHub caps a status description at 140 characters. */
const MAX_DESCRIPTION = 140;
const cut = (s) => (s.length <= MAX_DESCRIPTION ? s : `${s.slice(0, MAX_DESCRIPTION - 1)}…`);
function githubDeployments(token, environment) {
    if (!token || !environment)
        return undefined;
    const octokit = github/* getOctokit */.Q(token);
    const { owner, repo } = github/* context */._.repo;
    const logUrl = `${github/* context */._.serverUrl}/${owner}/${repo}/actions/runs/${github/* context */._.runId}`;
    let id;
    const status = async (state, description, url) => {
        if (id === undefined)
            return;
        await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state,
            description: cut(description),
            log_url: logUrl,
            ...(url ? { environment_url: url } : {}),
            auto_inactive: state === 'success'
        });
    };
    return {
        async start(command, stackName) {
            const created = await octokit.rest.repos.createDeployment({
                owner,
                repo,
                ref: github/* context */._.sha,
                environment,
                description: cut(`opscenter-ha ${command} of ${stackName}`),
                auto_merge: false,
                required_contexts: [],
                production_environment: environment === 'production',
                payload: { stack: stackName, command }
            });
            id = 'id' in created.data ? created.data.id : undefined;
            if (id === undefined)
                core/* warning */.$e(`no GitHub deployment created: ${JSON.stringify(created.data)}`);
            await status('in_progress', `${command} of ${stackName} started`);
        },
        async finish(out) {
            const url = out.stackOutputs?.[contract/* OUTPUTS */.py.opscenterUrl];
            const ami = out.amiId ?? '?';
            if (out.result === 'deployed')
                return status('success', `deployed ${ami}`, url);
            if (out.result === 'unchanged')
                return status('success', `unchanged: ${ami} already runs`, url);
            const why = out.result === 'reverted' ? `reverted to ${ami}: ` : 'failed: ';
            return status('failure', `${why}${out.cause ?? 'see the job'}`, url);
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(3091);
// EXTERNAL MODULE: ./src/controller/context/errors.ts
var errors = __webpack_require__(9905);
;// CONCATENATED MODULE: ./src/controller/edges/lock.ts
// The deploy lock: one item per stack in a DynamoDB table, so that two runs (two workflows,
// a schedule and a dispatch, a person running the action by hand) never change one stack
// at once. Every write is conditional, so taking, renewing, taking over and releasing are
// each one atomic step: a takeover needs the lease to have run out at the moment it writes,
// and a renewal needs the item to still carry our token, so the two can never both succeed
// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html).





/** Another run holds the lock, and kept it for longer than this run would wait. */
class LockBusyError extends Error {
    stackName;
    holder;
    constructor(stackName, holder, waitedMs) {
        super(`stack ${stackName} is locked by another run: ${holder}. Waited ${Math.round(waitedMs / 1000)}s (lock-timeout-minutes) and changed nothing. ` +
            `Re-run this job once that run has finished, or raise lock-timeout-minutes`);
        this.stackName = stackName;
        this.holder = holder;
        this.name = 'LockBusyError';
    }
}
const NAMES = { '#k': contract/* LOCK */.YM.key, '#token': 'token', '#expires': 'expires' };
function ownerOf(item) {
    if (!item)
        return 'nobody (the lock item is gone)';
    const s = (k) => item[k]?.S ?? '?';
    const expires = Number(item.expires?.N ?? 0);
    return `${s('command')} by ${s('actor')} in workflow "${s('workflow')}" (${s('run')}), lease until ${new Date(expires).toISOString()}`;
}
/** Takes the stack's lock, waiting (bounded) while another live run holds it. */
async function takeLock(io, s) {
    try {
        await ensureTable(io, s);
    }
    catch (err) {
        throw unavailable(s, err);
    }
    const token = (0,external_node_crypto_.randomUUID)();
    const start = io.clock.now();
    let last = '';
    for (;;) {
        const held = await tryPut(io, s, token).catch((err) => {
            throw unavailable(s, err);
        });
        if (held.ok) {
            if (held.previous)
                io.warn(`took over the deploy lock of ${stackNameOf(s)}: its holder's lease had run out (${ownerOf(held.previous)}); that runner stopped without releasing it`);
            io.log(`deploy lock on ${stackNameOf(s)} taken (table ${s.table}, lease ${s.leaseMs / 1000}s)`);
            return new Lease(io, s, token, held.expires);
        }
        const holder = held.throttled ? 'nobody known (DynamoDB is throttling)' : ownerOf(held.holder);
        // Once per holder: its renewals move the lease, not who it is.
        const who = held.throttled ? 'throttled' : (held.holder?.token?.S ?? '');
        if (who !== last)
            io.log(`waiting for the deploy lock on ${stackNameOf(s)}: held by ${holder}`);
        last = who;
        const waited = io.clock.now() - start;
        if (waited >= s.timeoutMs) {
            if (held.throttled)
                throw unavailable(s, new Error('DynamoDB kept throttling'));
            throw new LockBusyError(s.stackName, holder, waited);
        }
        await io.clock.sleep(Math.min(s.pollMs, s.timeoutMs - waited));
    }
}
const stackNameOf = (s) => `stack ${s.stackName}`;
function unavailable(s, err) {
    return new Error(`cannot take the deploy lock of stack ${s.stackName} in DynamoDB table ${s.table}: ${(0,errors/* messageOf */.bD)(err)}. Nothing was changed; this run never goes on without the lock`);
}
/** One conditional put: free, or its lease has run out (a takeover). */
async function tryPut(io, s, token) {
    const now = io.clock.now();
    const expires = now + s.leaseMs;
    try {
        const out = await io.ddb.send(new client_dynamodb_dist_cjs/* PutItemCommand */.qnp({
            TableName: s.table,
            Item: {
                [contract/* LOCK */.YM.key]: { S: s.stackName },
                token: { S: token },
                expires: { N: String(expires) },
                run: { S: s.owner.run },
                workflow: { S: s.owner.workflow },
                actor: { S: s.owner.actor },
                command: { S: s.owner.command }
            },
            ConditionExpression: 'attribute_not_exists(#k) OR #expires < :now',
            ExpressionAttributeNames: { '#k': NAMES['#k'], '#expires': NAMES['#expires'] },
            ExpressionAttributeValues: { ':now': { N: String(now) } },
            ReturnValues: 'ALL_OLD',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
        }));
        return { ok: true, expires, previous: out.Attributes };
    }
    catch (err) {
        if (err instanceof client_dynamodb_dist_cjs/* ConditionalCheckFailedException */.jPo)
            return { ok: false, holder: err.Item };
        // Throttled past the SDK's own retries: try again at the next poll, within the wait.
        if ((0,retry/* isThrottle */.p0)(err))
            return { ok: false, throttled: true };
        throw err;
    }
}
/** The table exists once per account and region; the first run creates it. */
async function ensureTable(io, s) {
    const status = async () => {
        try {
            const out = await (0,retry/* withRetry */.bD)(() => io.ddb.send(new client_dynamodb_dist_cjs/* DescribeTableCommand */.h8C({ TableName: s.table })), { clock: io.clock });
            return out.Table?.TableStatus;
        }
        catch (err) {
            if (err instanceof client_dynamodb_dist_cjs/* ResourceNotFoundException */.lBX)
                return undefined;
            throw err;
        }
    };
    if ((await status()) === 'ACTIVE')
        return;
    io.log(`creating DynamoDB table ${s.table} for the deploy locks (once per account and region)`);
    const create = new client_dynamodb_dist_cjs/* CreateTableCommand */.IxS({
        TableName: s.table,
        KeySchema: [{ AttributeName: contract/* LOCK */.YM.key, KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: contract/* LOCK */.YM.key, AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST'
    });
    await (0,retry/* withRetry */.bD)(() => io.ddb.send(create), { clock: io.clock }).catch((err) => {
        // Another run created it a moment ago: wait for it like ours.
        if (!(err instanceof client_dynamodb_dist_cjs/* ResourceInUseException */.WTW))
            throw err;
    });
    await (0,retry/* waitFor */.fm)(`DynamoDB table ${s.table} to be ACTIVE`, async () => ((await status()) === 'ACTIVE' ? true : undefined), { timeoutMs: s.timeoutMs, intervalMs: s.pollMs, clock: io.clock }).catch((err) => {
        throw err instanceof retry/* TimeoutError */.MU ? new Error(err.message) : err;
    });
}
/** A held lease, renewed in the background until released. */
class Lease {
    io;
    s;
    token;
    expires;
    stop = new AbortController();
    renewing;
    lost;
    constructor(io, s, token, expires) {
        this.io = io;
        this.s = s;
        this.token = token;
        this.expires = expires;
        this.renewing = this.renewLoop();
    }
    check() {
        if (this.lost)
            throw new Error(`the deploy lock of stack ${this.s.stackName} was lost: ${this.lost}. Another run may be changing the stack, so this run stops here. ` +
                `Read that run's log, then re-run this one`);
    }
    async release() {
        this.stop.abort();
        await this.renewing;
        if (this.lost)
            return;
        try {
            await (0,retry/* withRetry */.bD)(() => this.io.ddb.send(new client_dynamodb_dist_cjs/* DeleteItemCommand */.gEv({
                TableName: this.s.table,
                Key: { [contract/* LOCK */.YM.key]: { S: this.s.stackName } },
                ConditionExpression: '#token = :token',
                ExpressionAttributeNames: { '#token': NAMES['#token'] },
                ExpressionAttributeValues: { ':token': { S: this.token } }
            })), { clock: this.io.clock });
            this.io.log(`deploy lock on stack ${this.s.stackName} released`);
        }
        catch (err) {
            this.io.warn(err instanceof client_dynamodb_dist_cjs/* ConditionalCheckFailedException */.jPo
                ? `the deploy lock of stack ${this.s.stackName} was no longer ours when we released it`
                : `could not release the deploy lock of stack ${this.s.stackName} (${(0,errors/* messageOf */.bD)(err)}); it frees itself when its lease runs out at ${new Date(this.expires).toISOString()}`);
        }
    }
    async renewLoop() {
        const { clock } = this.io;
        while (!this.stop.signal.aborted) {
            await clock.sleep(this.s.renewMs, this.stop.signal);
            if (this.stop.signal.aborted)
                return;
            if (!(await this.renew()))
                return;
        }
    }
    /** One renewal; false once the lock is lost (and says why). */
    async renew() {
        const expires = this.io.clock.now() + this.s.leaseMs;
        try {
            await this.io.ddb.send(new client_dynamodb_dist_cjs/* UpdateItemCommand */.Cs({
                TableName: this.s.table,
                Key: { [contract/* LOCK */.YM.key]: { S: this.s.stackName } },
                UpdateExpression: 'SET #expires = :expires',
                ConditionExpression: '#token = :token',
                ExpressionAttributeNames: { '#expires': NAMES['#expires'], '#token': NAMES['#token'] },
                ExpressionAttributeValues: {
                    ':expires': { N: String(expires) },
                    ':token': { S: this.token }
                },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
            }));
            this.expires = expires;
            return true;
        }
        catch (err) {
            if (err instanceof client_dynamodb_dist_cjs/* ConditionalCheckFailedException */.jPo) {
                this.lost = `it is now held by ${ownerOf(err.Item)}`;
            }
            else if (this.io.clock.now() >= this.expires) {
                this.lost = `its lease ran out while renewals failed (${(0,errors/* messageOf */.bD)(err)})`;
            }
            else {
                this.io.warn(`could not renew the deploy lock of stack ${this.s.stackName} (${(0,errors/* messageOf */.bD)(err)}); the lease runs until ${new Date(this.expires).toISOString()}`);
                return true;
            }
            this.io.warn(`lost the deploy lock of stack ${this.s.stackName}: ${this.lost}`);
            return false;
        }
    }
}

;// CONCATENATED MODULE: ./src/controller/edges/deps.ts
// The real things the controller talks to (the Deps of context/context.ts): the system clock,
// the SDK clients, the DynamoDB lock, packer through @actions/exec, fetch, and GitHub's PR
// comments and deployments. Tests swap any of them.






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
    clock: clock/* systemClock */.ml,
    clients: buildClients,
    lock: takeLock,
    exec: execRunner,
    fetch: (...args) => fetch(...args),
    deployments: githubDeployments,
    commenter: githubCommenter,
    exit: (code) => process.exit(code)
};


/***/ })

};
