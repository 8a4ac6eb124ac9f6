export const id = 499;
export const ids = [499];
export const modules = {

/***/ 2499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./src/shared/contract.ts
var contract = __webpack_require__(1603);
// EXTERNAL MODULE: ./src/shared/restore-point-id.ts
var restore_point_id = __webpack_require__(5648);
// EXTERNAL MODULE: ./src/controller/reconcile/downgrade.ts
var reconcile_downgrade = __webpack_require__(300);
;// CONCATENATED MODULE: ./src/controller/reconcile/window.ts
// The handover window as a snapshot shows it (pure: decide uses it). A prepared handover
// lets the group hold two instances and narrows it to the old instance's subnet for a
// while; the stack declares one instance over every subnet. Anything else is what a
// stopped run left behind.

/** The group as the stack declares it: every subnet parameter of the template. */
function stackSubnets(s) {
    const p = s.stack?.parameters ?? {};
    return [contract/* NETWORK_PARAMS */.Gs.subnetA, contract/* NETWORK_PARAMS */.Gs.subnetB, contract/* NETWORK_PARAMS */.Gs.subnetC]
        .map((k) => p[k])
        .filter((v) => !!v);
}
/** What is left of a handover a stopped run began, in words; undefined when nothing is. */
function windowOf(s) {
    const g = s.group;
    if (!g)
        return undefined;
    const parts = [];
    if ((g.max ?? 1) > 1 || (g.desired ?? 1) > 1)
        parts.push(`max ${g.max}, desired ${g.desired}`);
    const want = stackSubnets(s);
    if (want.length && g.subnets && !sameSet(g.subnets, want))
        parts.push(`subnets ${g.subnets.join(',')} instead of ${want.join(',')}`);
    return parts.length
        ? `group ${g.name} is still in a handover window (${parts.join('; ')}): a run stopped during it`
        : undefined;
}
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

// EXTERNAL MODULE: ./src/controller/context/snapshot.ts
var context_snapshot = __webpack_require__(6322);
;// CONCATENATED MODULE: ./src/controller/reconcile/decide.ts
// What a run does, decided in one place: a pure function of the snapshot and of what git
// wants (no I/O, no clock), so `plan` shows the steps `deploy` executes, and every case is
// a row of a table test. Each step carries its reason in words.




const STRATEGY_WHY = {
    prepared: 'prepared handover: a successor boots beside it in its zone and takes over once ready (an AMI that fails to boot costs no downtime)',
    cold: 'cold: terminated first, then a new instance launches'
};
function replaceStep(id, why, o) {
    const strategy = o.strategy ?? 'prepared';
    return {
        kind: 'replace',
        instanceId: id,
        strategy,
        why: `${id}: ${why}; ${STRATEGY_WHY[strategy]}`
    };
}
const decide_short = (hash = '') => `${hash.slice(0, 12)}…`;
function decide(s, d, o) {
    return withBackup(withDowngrade(decideSteps(s, d, o), s, d, o), s, d, o);
}
/**
 * A plan that starts another OpsCenter version on the state first takes a recovery point of
 * the file system in AWS Backup (the disaster copy; the agent's restore point on EFS is the
 * quick one). It is started with the run and waited for, if still running, before the stack
 * changes. Off when the stack's BackupVaultName is ''.
 */
function withBackup(plan, s, d, o) {
    if (plan.blocked || o.command === 'replace' || o.command === 'restore')
        return plan;
    if (!plan.steps.some((x) => x.kind === 'replace'))
        return plan;
    const target = (0,context_snapshot/* backupTarget */.c_)(s.stack, o.backupVault);
    const from = (0,reconcile_downgrade/* stateOf */.L4)(s)?.stateVersion ?? 'unknown';
    if (!target || (d.version && from === d.version))
        return plan;
    const to = d.version ?? 'the new version';
    const backup = { vault: target.vault, fileSystemId: target.fileSystemId, from, to };
    const step = {
        kind: 'backup',
        why: `an AWS Backup recovery point of ${target.fileSystemId} (OpsCenter ${from}'s state) in vault ${target.vault} before ${to} starts on it: started with the run, waited for here if still running`
    };
    const at = plan.steps.findIndex((x) => x.kind === 'update-stack' || x.kind === 'replace');
    const steps = [...plan.steps.slice(0, at), step, ...plan.steps.slice(at)];
    return { ...plan, steps, backup };
}
/**
 * A plan that replaces the instance with an OpsCenter older than the state's says what
 * happens to the state, and is blocked when on-downgrade refuses or cannot restore. (A
 * followed replacement is under way already: its launch template decided.)
 */
function withDowngrade(plan, s, d, o) {
    if (plan.blocked || o.command === 'replace' || o.command === 'restore')
        return plan;
    if (!plan.steps.some((x) => x.kind === 'replace'))
        return plan;
    const downgrade = (0,reconcile_downgrade/* downgradeOf */.zP)(s, d, o.onDowngrade ?? contract/* DEFAULTS */.zY.onDowngrade);
    if (!downgrade)
        return plan;
    return { ...plan, downgrade, blocked: (0,reconcile_downgrade/* downgradeBlock */.zD)(downgrade) };
}
function decideSteps(s, d, o) {
    const finish = s.type === 'UPDATE' ? windowOf(s) : undefined;
    // A stopped handover past its point of no return (the old instance already leaving, the
    // successor on the wanted AMI) is followed like any replacement in flight, then closed.
    if (finish && o.command !== 'replace' && resumable(s, d))
        return closing(decideUpdate(s, d, o));
    if (finish)
        return {
            command: o.command,
            amiId: d.amiId || s.ami.amiId,
            previousAmiId: s.ami.previousAmiId,
            steps: [],
            revert: noRevert(),
            blocked: `${finish}. Re-run without concurrency: a deploy finishes it first (keeping the instance that holds the ENI)`,
            finish
        };
    if (o.command === 'replace')
        return decideReplace(s, o);
    return s.type === 'CREATE' ? decideCreate(s, d, o) : decideUpdate(s, d, o);
}
function amiStep(d) {
    switch (d.source) {
        case 'would-bake':
            return {
                kind: 'bake',
                why: `no AMI has recipe ${decide_short(d.recipeHash)}: bake one from ${d.baseAmiId}`
            };
        case 'baked':
            return {
                kind: 'bake',
                why: `baked ${d.amiId} from ${d.baseAmiId} (recipe ${decide_short(d.recipeHash)})`
            };
        case 'reused':
            return { kind: 'reuse', why: `${d.amiId} has the same recipe hash ${decide_short(d.recipeHash)}` };
        case 'previous':
            return { kind: 'reuse', why: `${d.amiId}: the stack's PreviousAmiId` };
        case 'stack':
            return { kind: 'reuse', why: `${d.amiId}: the stack's AmiId` };
        default:
            return { kind: 'reuse', why: `${d.amiId} from the ami-id input` };
    }
}
const wanted = (d) => d.amiId || 'the baked AMI';
function decideCreate(s, d, o) {
    const resources = d.change ? ` (${d.change.resources.length} resources)` : '';
    return {
        command: o.command,
        amiId: d.amiId,
        previousAmiId: '',
        steps: [
            amiStep(d),
            { kind: 'create-stack', why: `stack ${s.stackName} does not exist: create it${resources}` },
            {
                kind: 'follow',
                leaving: [],
                why: `the new group launches the first instance on ${wanted(d)}`
            },
            { kind: 'verify', why: 'the first instance must be healthy and hold the ENI and the record' },
            { kind: 'retain', why: 'retire AMIs older than keep-amis' }
        ],
        revert: {
            sameAmi: false,
            why: 'a new stack has no previous AMI: a failure leaves it as created'
        }
    };
}
function stackStep(s, d) {
    if (d.change?.nothing)
        return undefined;
    const why = !d.change
        ? `AmiId ${s.ami.amiId || '(none)'} → ${wanted(d)}`
        : d.change.resources.join(', ') || 'outputs or metadata only';
    return { kind: 'update-stack', why };
}
function decideUpdate(s, d, o) {
    const was = s.ami;
    const group = s.group;
    const stack = stackStep(s, d);
    const base = {
        command: o.command,
        amiId: d.amiId,
        previousAmiId: was.amiId && was.amiId !== d.amiId ? was.amiId : was.previousAmiId
    };
    const resume = d.amiId && was.amiId === d.amiId ? inFlightOf(group, d.amiId) : undefined;
    if (resume) {
        const leaving = resume.length ? ` (leaving: ${resume.join(', ')})` : '';
        const follow = {
            kind: 'follow',
            leaving: resume,
            why: `resuming the replacement an earlier run started${leaving}: following it to ${d.amiId}`
        };
        return {
            ...base,
            steps: withStack(d, stack, [follow, verifyStep(), retainStep()]),
            revert: revertOf(was.previousAmiId, d.amiId, !!stack, 'resumed')
        };
    }
    const pick = pickMember(group, false);
    if ('blocked' in pick)
        return {
            ...base,
            steps: withStack(d, stack, []),
            revert: noRevert(),
            blocked: pick.blocked,
            settle: pick.settle
        };
    return { ...base, ...decideMember(s, d, stack, pick.member, o) };
}
function resumable(s, d) {
    const resume = d.amiId && s.ami.amiId === d.amiId ? inFlightOf(s.group, d.amiId) : undefined;
    return !!resume?.length;
}
function closing(plan) {
    const steps = plan.steps.map((x) => x.kind === 'follow'
        ? { ...x, closeWindow: true, why: `${x.why}; then the group back to one over every subnet` }
        : x);
    return { ...plan, steps };
}
/** The group's one instance: replace it, or (already what is wanted) verify it. */
function decideMember(s, d, stack, m, o) {
    const was = s.ami;
    const running = m.instance?.imageId;
    // What a failure goes back to: the AMI the stack had, else the one the instance still
    // runs (an earlier run changed only the stack), else the same AMI with the template and
    // parameters from before this run.
    const revert = was.amiId && was.amiId !== d.amiId
        ? revertOf(was.amiId, d.amiId, !!stack, 'stack')
        : revertOf(running && running !== d.amiId ? running : d.amiId, d.amiId, !!stack, 'running');
    const why = o.restorePoint
        ? `a fresh instance on ${d.amiId} restores ${o.restorePoint} before OpsCenter starts (the state before is kept as a restore point)`
        : replaceReason(s.group, m, d);
    if (why) {
        const replace = replaceStep(m.id, why, o);
        return { steps: withStack(d, stack, [replace, verifyStep(), retainStep()]), revert };
    }
    const nothing = {
        kind: 'nothing',
        instanceId: m.id,
        why: `${m.id} already runs ${d.amiId}${stack ? '' : ' and the stack is at it'}`
    };
    const rest = [nothing, verifyStep(m.id), ...(stack ? [retainStep()] : [])];
    return { steps: withStack(d, stack, rest), revert };
}
function decideReplace(s, o) {
    const amiId = s.ami.amiId;
    const base = { command: o.command, amiId, previousAmiId: s.ami.previousAmiId };
    const revert = {
        sameAmi: true,
        why: 'the AMI does not change, so there is nothing to revert to'
    };
    if (!s.group)
        throw new Error(`stack ${s.stackName} does not exist: run command: deploy first`);
    const pick = pickMember(s.group, o.force);
    if ('blocked' in pick)
        return { ...base, steps: [], revert, blocked: pick.blocked, settle: pick.settle };
    const busy = pick.busy.length
        ? ` (force: although the group is busy: ${pick.busy.join('; ')})`
        : '';
    return {
        ...base,
        steps: [
            replaceStep(pick.member.id, `a fresh instance on ${amiId} was asked for${busy}`, o),
            verifyStep()
        ],
        revert
    };
}
function withStack(d, stack, rest) {
    return [amiStep(d), ...(stack ? [stack] : []), ...rest];
}
function verifyStep(instanceId) {
    return {
        kind: 'verify',
        instanceId,
        why: 'InService on the AMI, ENI attached, record in sync, agent healthy'
    };
}
const retainStep = () => ({ kind: 'retain', why: 'retire AMIs older than keep-amis' });
const noRevert = () => ({ sameAmi: false, why: 'nothing is changed' });
const REVERT_WHY = {
    stack: 'the AMI the stack ran before this run',
    running: 'the AMI the instance still runs (an earlier run changed only the stack)',
    resumed: "the AMI the stack remembers as previous (this run finishes an earlier run's replacement)"
};
function revertOf(target, desired, stackChanged, source) {
    if (!target)
        return {
            sameAmi: false,
            why: 'the stack remembers no previous AMI, so there is nothing to revert to'
        };
    if (target !== desired)
        return { amiId: target, sameAmi: false, why: `${target}, ${REVERT_WHY[source]}` };
    // Same AMI: only a template or parameter change can be undone, and only this run's.
    return stackChanged
        ? {
            amiId: target,
            sameAmi: true,
            why: `the template and parameters from before this run, on ${target}`
        }
        : {
            sameAmi: true,
            why: `${target} is what runs already and the stack is unchanged: nothing to revert to`
        };
}
/** Why the member must be replaced, or undefined when it already is what is wanted. */
function replaceReason(group, m, d) {
    const running = m.instance?.imageId;
    if (running !== d.amiId)
        return `it runs ${running ?? 'an unknown AMI'}, want ${wanted(d)}`;
    if (d.change?.launchTemplate)
        return 'the launch template changes';
    if (templateDrift(group, m))
        return `it was launched from launch template version ${m.templateVersion}, the group's is ${group.templateVersion}`;
    return undefined;
}
/** Launched from an older launch template version than the group's (when AWS says). */
function templateDrift(group, m) {
    if (m.sameTemplate)
        return false;
    const g = group.templateVersion;
    const i = m.templateVersion;
    return !!g && !!i && /^\d+$/.test(g) && /^\d+$/.test(i) && g !== i;
}
/** What keeps the group busy, a line each: running activities, members not InService. */
function busyWith(g) {
    return [
        ...g.activities,
        ...g.members
            .filter((m) => m.lifecycle !== 'InService')
            .map((m) => `instance ${m.id} is ${m.lifecycle}, not InService`)
    ];
}
const isBusy = (g) => g.activities.length > 0 || g.members.some((m) => m.lifecycle !== 'InService');
/**
 * A replacement towards `amiId` that an earlier, cancelled run started and that is still
 * under way: the group is busy, but every instance that is not leaving already runs
 * `amiId`. Returns the leaving instances (to follow past), or undefined when the group is
 * settled or busy with something else.
 */
function inFlightOf(group, amiId) {
    if (!isBusy(group))
        return undefined;
    const live = group.members.filter((m) => !(0,context_snapshot/* isLeaving */.Xi)(m.lifecycle));
    if (live.length > 1 || !live.every((m) => m.instance?.imageId === amiId))
        return undefined;
    const leaving = group.members.filter((m) => (0,context_snapshot/* isLeaving */.Xi)(m.lifecycle)).map((m) => m.id);
    return live.length === 0 && leaving.length === 0 ? undefined : leaving;
}
/**
 * The group's one instance, or why this is not the moment to replace it. `force`
 * (replace only) skips the busy check and the one-live-instance check, never the need for an instance.
 */
function pickMember(group, force) {
    const busy = busyWith(group);
    if (!force && busy.length)
        return {
            settle: busy,
            blocked: `group ${group.name} is busy (${busy.join('; ')}): another deploy or a replacement is running. ` +
                `Wait for it to finish and re-run (or run command: replace with force: true to override)`
        };
    const live = group.members.filter((m) => !(0,context_snapshot/* isLeaving */.Xi)(m.lifecycle));
    if (!force && live.length > 1)
        return {
            blocked: `group ${group.name} has ${live.length} live instances (${live.map((m) => `${m.id} ${m.lifecycle}`).join(', ')}): ` +
                `this design runs exactly one. Set the group's desired capacity back to 1 (the stack's template says 1) and re-run`
        };
    const member = group.members.find((m) => m.lifecycle === 'InService') ??
        group.members.find((m) => !(0,context_snapshot/* isLeaving */.Xi)(m.lifecycle));
    if (!member) {
        const seen = group.members.map((m) => `${m.id} ${m.lifecycle}`).join(', ');
        return {
            blocked: `group ${group.name} has no instance to replace${seen ? ` (${seen})` : ''}: ` +
                `wait for Auto Scaling to launch one and re-run`
        };
    }
    return { member, busy };
}

// EXTERNAL MODULE: ./src/controller/context/errors.ts
var errors = __webpack_require__(9905);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/shared/retry.ts
var shared_retry = __webpack_require__(3091);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-auto-scaling/dist-cjs/index.js
var client_auto_scaling_dist_cjs = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/controller/aws/group.ts
// What the Auto Scaling group and its instances look like right now: the facts replace,
// verify and revert decide on.




async function describeGroup(deps, clients, name) {
    const out = await (0,shared_retry/* withRetry */.bD)(() => clients.asg.send(new client_auto_scaling_dist_cjs/* DescribeAutoScalingGroupsCommand */.NkQ({ AutoScalingGroupNames: [name] })), { clock: deps.clock });
    const g = out.AutoScalingGroups?.[0];
    if (!g)
        throw new Error(`Auto Scaling group ${name} (stack output) does not exist`);
    return {
        name,
        templateVersion: g.LaunchTemplate?.Version,
        templateId: g.LaunchTemplate?.LaunchTemplateId,
        max: g.MaxSize,
        desired: g.DesiredCapacity,
        subnets: g.VPCZoneIdentifier?.split(',').filter(Boolean),
        members: (g.Instances ?? []).map((i) => ({
            id: i.InstanceId ?? '',
            zone: i.AvailabilityZone,
            lifecycle: i.LifecycleState ?? 'unknown',
            health: i.HealthStatus,
            templateVersion: i.LaunchTemplate?.Version
        }))
    };
}
const DONE = new Set(['Successful', 'Failed', 'Cancelled']);
/** A running activity as the log and the plan show it. */
const activityLine = (a) => `scaling activity ${a.StatusCode}: ${a.Description ?? a.ActivityId}`;
/** The group's most recent scaling activities, newest first. */
async function recentActivities(deps, clients, name) {
    const out = await (0,shared_retry/* withRetry */.bD)(() => clients.asg.send(new client_auto_scaling_dist_cjs/* DescribeScalingActivitiesCommand */.hM1({ AutoScalingGroupName: name, MaxRecords: 20 })), { clock: deps.clock });
    return out.Activities ?? [];
}
async function activitiesInProgress(deps, clients, name) {
    const all = await recentActivities(deps, clients, name);
    return all.filter((a) => !DONE.has(a.StatusCode ?? 'Successful'));
}
const epoch = (iso) => {
    const ms = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(ms) ? undefined : ms;
};
/** EC2's messages repeat the code ("Server.InternalError: Internal error on launch"). */
function stateReason(r) {
    if (!r?.Code)
        return undefined;
    return r.Message?.startsWith(r.Code) ? r.Message : `${r.Code}: ${r.Message ?? ''}`;
}
async function describeInstances(deps, clients, ids) {
    const map = new Map();
    if (ids.length === 0)
        return map;
    let out;
    try {
        out = await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: ids })), {
            clock: deps.clock
        });
    }
    catch (err) {
        // A just-launched instance may not be visible to EC2 yet: the next poll will see it.
        if ((0,shared_retry/* hasCode */.up)(err, 'InvalidInstanceID.NotFound'))
            return map;
        throw err;
    }
    for (const r of out.Reservations ?? [])
        for (const i of r.Instances ?? []) {
            if (!i.InstanceId)
                continue;
            const tag = (k) => i.Tags?.find((t) => t.Key === k)?.Value;
            map.set(i.InstanceId, {
                id: i.InstanceId,
                imageId: i.ImageId,
                state: i.State?.Name,
                zone: i.Placement?.AvailabilityZone,
                subnetId: i.SubnetId,
                phase: tag(contract/* TAGS */.gp.phase),
                reason: tag(contract/* TAGS */.gp.reason),
                dnsChange: tag(contract/* TAGS */.gp.dnsChange),
                dnsResolved: tag(contract/* TAGS */.gp.dnsResolved),
                tlsFingerprint: tag(contract/* TAGS */.gp.tlsFingerprint),
                heldBy: tag(contract/* TAGS */.gp.heldBy) || undefined,
                serviceStopAt: epoch(tag(contract/* TAGS */.gp.serviceStopAt)),
                stateReason: stateReason(i.StateReason),
                launchedAt: i.LaunchTime?.getTime(),
                phaseAt: epoch(tag(contract/* TAGS */.gp.phaseAt)),
                stateVersion: tag(contract/* TAGS */.gp.stateVersion) || undefined,
                stateSince: epoch(tag(contract/* TAGS */.gp.stateSince)),
                restorePoints: tag(contract/* TAGS */.gp.restorePoints)?.split(' ').filter(Boolean)
            });
        }
    return map;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
;// CONCATENATED MODULE: ./src/controller/aws/stacks.ts
// Reading the stack: its state, whether it can be changed now, its AMI parameters, the group
// it declares, and the template it runs.



const UPDATABLE = new Set([
    'CREATE_COMPLETE',
    'UPDATE_COMPLETE',
    'UPDATE_ROLLBACK_COMPLETE',
    'UPDATE_FAILED',
    'IMPORT_COMPLETE',
    'IMPORT_ROLLBACK_COMPLETE'
]);
function toState(s) {
    const parameters = {};
    for (const p of s.Parameters ?? [])
        if (p.ParameterKey)
            parameters[p.ParameterKey] = p.ParameterValue ?? '';
    const outputs = {};
    for (const o of s.Outputs ?? [])
        if (o.OutputKey)
            outputs[o.OutputKey] = o.OutputValue ?? '';
    return { name: s.StackName ?? '', status: s.StackStatus ?? 'UNKNOWN', parameters, outputs };
}
/** The stack, or undefined when it does not exist. */
async function describeStack(deps, clients, name) {
    try {
        const out = await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* DescribeStacksCommand */.Y47({ StackName: name })), { clock: deps.clock });
        const s = out.Stacks?.[0];
        return s ? toState(s) : undefined;
    }
    catch (err) {
        if ((0,shared_retry/* hasCode */.up)(err, 'ValidationError') && /does not exist/.test(err.message))
            return undefined;
        throw err;
    }
}
/**
 * Whether the stack can be changed now: CREATE (absent, or only reviewed), UPDATE, or an
 * error that says what to do.
 */
function changeSetType(stack) {
    if (!stack || stack.status === 'REVIEW_IN_PROGRESS')
        return 'CREATE';
    const { name, status } = stack;
    if (UPDATABLE.has(status))
        return 'UPDATE';
    if (status === 'UPDATE_ROLLBACK_FAILED')
        throw new Error(`stack ${name} is UPDATE_ROLLBACK_FAILED: CloudFormation could not roll back an earlier update. ` +
            `Fix the resource named in its events, then run \`aws cloudformation continue-update-rollback --stack-name ${name}\` ` +
            `(add --resources-to-skip for resources that cannot roll back) and re-run this job`);
    if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED' || status === 'CREATE_FAILED')
        throw new Error(`stack ${name} is ${status}: its creation failed and it cannot be updated. Read its events, ` +
            `delete it (\`aws cloudformation delete-stack --stack-name ${name}\`; the EFS file system is retained if the template says so) and re-run this job to create it again`);
    if (status.endsWith('_IN_PROGRESS'))
        throw new Error(`stack ${name} is ${status}: another operation is running on it. Wait until it finishes ` +
            `(or cancel it in the CloudFormation console) and re-run this job`);
    throw new Error(`stack ${name} is ${status}: it cannot be updated in this state; fix it in the CloudFormation console and re-run`);
}
/** The template the stack runs now, to put back on revert. */
async function currentTemplate(deps, clients, stackName) {
    const out = await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* GetTemplateCommand */._JK({ StackName: stackName, TemplateStage: 'Original' })), { clock: deps.clock });
    return out.TemplateBody;
}
function amiParams(stack) {
    return {
        amiId: stack?.parameters[contract/* PARAMS */.NB.amiId] ?? '',
        previousAmiId: stack?.parameters[contract/* PARAMS */.NB.previousAmiId] ?? ''
    };
}
function groupOf(stack) {
    const name = stack.outputs[contract/* OUTPUTS */.py.autoScalingGroup];
    if (!name)
        throw new Error(`stack ${stack.name} has no ${contract/* OUTPUTS */.py.autoScalingGroup} output: is it built from this repository's template?`);
    return name;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-route-53/dist-cjs/index.js
var client_route_53_dist_cjs = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/controller/aws/network.ts
// Reading the stack's network: its ENIs (by tag) and who holds them, and the record.




/** The stack's fixed ENIs (in one zone, when given), with who holds each. */
async function stackEnis(deps, clients, stackName, zone) {
    const filters = [
        { Name: `tag:${contract/* TAGS */.gp.stack}`, Values: [stackName] },
        { Name: `tag:${contract/* TAGS */.gp.role}`, Values: [contract/* ROLES */.gg.eni] },
        ...(zone ? [{ Name: 'availability-zone', Values: [zone] }] : [])
    ];
    const out = await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DescribeNetworkInterfacesCommand */.B1p({ Filters: filters })), { clock: deps.clock });
    return (out.NetworkInterfaces ?? []).map((n) => ({
        id: n.NetworkInterfaceId ?? '',
        zone: n.AvailabilityZone,
        attachedTo: n.Attachment?.InstanceId,
        attachmentStatus: n.Attachment?.Status,
        privateIp: n.PrivateIpAddress
    }));
}
const norm = (name) => name.replace(/\.$/, '').toLowerCase();
/** The stack's record (outputs RecordName, HostedZoneId), or undefined without them. */
async function observeRecord(deps, clients, outputs) {
    const name = outputs[contract/* OUTPUTS */.py.recordName] ?? '';
    const zoneId = outputs[contract/* OUTPUTS */.py.hostedZoneId] ?? '';
    if (!name || !zoneId)
        return undefined;
    const out = await (0,shared_retry/* withRetry */.bD)(() => clients.r53.send(new client_route_53_dist_cjs/* ListResourceRecordSetsCommand */.IOz({
        HostedZoneId: zoneId,
        StartRecordName: name,
        StartRecordType: 'A',
        MaxItems: 1
    })), { clock: deps.clock });
    const rr = (out.ResourceRecordSets ?? []).find((r) => norm(r.Name ?? '') === norm(name) && r.Type === 'A');
    return {
        name,
        zoneId,
        values: rr ? (rr.ResourceRecords ?? []).map((r) => r.Value ?? '') : undefined
    };
}

;// CONCATENATED MODULE: ./src/controller/reconcile/observe.ts
// One read of the world, before anything is decided: the stack, its group with each
// member's EC2 state and agent tags, the stack's ENIs and who holds them, the record.
// `decide` works on this snapshot alone; nothing after it re-reads to decide.





/** Reads the world once. Throws (before any change) when the stack cannot be changed now. */
async function observe(ctx) {
    const { deps, clients, opts } = ctx;
    const stack = await describeStack(deps, clients, opts.stackName);
    const type = changeSetType(stack);
    if (type === 'CREATE' || !stack)
        return freeze({ stackName: opts.stackName, stack, type, ami: amiParams(undefined), enis: [] });
    const [group, enis, record] = await Promise.all([
        observeGroup(deps, clients, groupOf(stack)),
        stackEnis(deps, clients, opts.stackName),
        observeRecord(deps, clients, stack.outputs)
    ]);
    return freeze({
        stackName: opts.stackName,
        stack,
        type,
        ami: amiParams(stack),
        group,
        enis,
        record
    });
}
async function observeGroup(deps, clients, name) {
    const [group, activities] = await Promise.all([
        describeGroup(deps, clients, name),
        activitiesInProgress(deps, clients, name)
    ]);
    const info = await describeInstances(deps, clients, group.members.map((m) => m.id));
    const same = await sameContentVersions(deps, clients, group);
    return {
        name,
        templateVersion: group.templateVersion,
        max: group.max,
        desired: group.desired,
        subnets: group.subnets,
        members: group.members.map((m) => ({
            ...m,
            instance: info.get(m.id),
            ...(same.has(m.templateVersion ?? '') ? { sameTemplate: true } : {})
        })),
        activities: activities.map(activityLine)
    };
}
/** The members' launch template versions whose data equals the group's version's. */
async function sameContentVersions(deps, clients, g) {
    const other = [...new Set(g.members.map((m) => m.templateVersion))].filter((v) => !!v && v !== g.templateVersion);
    if (!other.length || !g.templateId || !g.templateVersion)
        return new Set();
    const out = await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({
        LaunchTemplateId: g.templateId,
        Versions: [g.templateVersion, ...other]
    })), { clock: deps.clock });
    const data = new Map((out.LaunchTemplateVersions ?? []).map((v) => [
        String(v.VersionNumber),
        canonical(v.LaunchTemplateData)
    ]));
    const want = data.get(g.templateVersion);
    return new Set(other.filter((v) => want !== undefined && data.get(v) === want));
}
/** JSON with every object's keys sorted: equal data, equal text. */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object')
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v) ?? 'null';
}
/** Deeply frozen: the snapshot is what was seen, and nobody edits what was seen. */
function freeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            freeze(v);
    }
    return value;
}

// EXTERNAL MODULE: ./src/controller/reconcile/plan.ts
var plan = __webpack_require__(2888);
// EXTERNAL MODULE: ./src/shared/aws.ts
var aws = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/controller/context/timeline.ts
var timeline = __webpack_require__(6833);
;// CONCATENATED MODULE: ./src/controller/steps/replace.ts
// Phase 3: replace the single instance (decide has checked that nothing else is moving):
// terminate without decrementing capacity, then follow the old instance out and the new one
// in, phase by phase, ending at once when the new instance reports `failed` or leaves.








/** Why an instance may never tag a phase, and where its own account of it is. */
const NEVER_REPORTED = `; its boot agent never reported a phase: it did not start, or it may not tag its instance ` +
    `(ec2:CreateTags, ${aws/* POLICY_HOME */.LW.instance}); its log: journalctl -u opscenter-ha-boot on the instance`;
/** The terminate hook's phases: they say nothing of where the boot got to. */
const TEARDOWN = [contract/* PHASE */.A9.stopping, contract/* PHASE */.A9.released];
/** The boot step a failure reason names (`<step>: <cause>`), if it is one. */
function stepOf(reason) {
    const step = reason?.split(':')[0];
    return step && contract/* BOOT_PHASES */.EK.includes(step) ? step : undefined;
}
async function terminate(ctx, instanceId) {
    await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.asg.send(new client_auto_scaling_dist_cjs/* TerminateInstanceInAutoScalingGroupCommand */.U5V({
        InstanceId: instanceId,
        ShouldDecrementDesiredCapacity: false
    })), { clock: ctx.deps.clock });
    const at = ctx.deps.clock.now();
    ctx.timeline.log(`terminated ${instanceId} (capacity kept at 1): Auto Scaling launches its replacement`);
    return at;
}
/**
 * Follows the group until a member other than `old` is InService and reports healthy.
 * Ends at once, with a BootError, when that instance reports `failed`, leaves the group
 * (launch hook abandoned) or its EC2 state goes to shutting-down/terminated.
 */
async function follow(ctx, groupName, old, o = {}) {
    const olds = old === undefined ? [] : typeof old === 'string' ? [old] : old;
    const { opts, deps } = ctx;
    const watch = new ReplacementWatch(ctx, groupName, olds, o);
    const until = watch.until;
    try {
        return await (0,shared_retry/* waitFor */.fm)(olds.length
            ? `the replacement of ${olds.join(', ')} to report ${until}`
            : `the new instance of ${groupName} to report ${until}`, async () => (await watch.poll()) ?? (await o.idle?.()), { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock });
    }
    catch (err) {
        throw err instanceof shared_retry/* TimeoutError */.MU ? watch.timedOut(err) : err;
    }
}
/** What follow has seen of the old and the new instances, logged once per change. */
class ReplacementWatch {
    ctx;
    groupName;
    olds;
    o;
    start;
    last = new Map();
    lastPhase = new Map();
    lastLifecycle = new Map();
    seen = new Set();
    /** New instances EC2 ended on its own: no evidence about the AMI, not followed further. */
    lost = new Set();
    oldGone = new Set();
    stoppedAt;
    constructor(ctx, groupName, olds, o = {}) {
        this.ctx = ctx;
        this.groupName = groupName;
        this.olds = olds;
        this.o = o;
        this.start = ctx.deps.clock.now();
    }
    get until() {
        const u = this.o.until ?? contract/* PHASE */.A9.healthy;
        return typeof u === 'function' ? u() : u;
    }
    note(key, value, message) {
        if (this.last.get(key) === value)
            return;
        this.last.set(key, value);
        this.ctx.timeline.log(`${message} (+${(0,timeline/* seconds */.Y)(this.ctx.deps.clock.now() - this.start)})`);
    }
    async poll() {
        const { deps, clients } = this.ctx;
        const group = await describeGroup(deps, clients, this.groupName);
        const fresh = group.members.filter((m) => !this.olds.includes(m.id) && !this.lost.has(m.id));
        const vanished = [...this.seen].filter((id) => !this.lost.has(id) && !fresh.some((m) => m.id === id));
        const olds = group.members.filter((m) => this.olds.includes(m.id));
        // The old ones too: their lifecycle, and the stamp of their opscenterd's stop.
        const ids = [...fresh.map((m) => m.id), ...vanished, ...this.olds];
        const info = await describeInstances(deps, clients, ids);
        await this.watchOlds(group.members, info);
        await endDeadHooks(this.ctx, this.groupName, olds, info);
        for (const id of vanished) {
            const i = info.get(id);
            if ((0,context_snapshot/* endedByEc2 */.Qd)(i) && i?.phase !== contract/* PHASE */.A9.failed) {
                this.lostToEc2(id, i);
                continue;
            }
            throw new errors/* BootError */.HJ(id, this.lastPhase.get(id) ?? '', 'left the group before becoming healthy (launch hook abandoned or timed out, or instance terminated)');
        }
        for (const m of fresh) {
            const done = this.check(m, info.get(m.id));
            if (done)
                return requireVersion(done, m, group.templateVersion);
        }
        return undefined;
    }
    /** Logs the old instances' lifecycle; tells onOldGone of one that went (once). */
    async watchOlds(members, info) {
        for (const id of this.olds) {
            const m = members.find((x) => x.id === id);
            this.note(`old:${id}`, m?.lifecycle ?? 'gone', `old ${id}: ${m ? m.lifecycle : 'left the group'}`);
            const i = info.get(id);
            if (i?.serviceStopAt !== undefined)
                this.stoppedAt = Math.min(this.stoppedAt ?? Infinity, i.serviceStopAt);
            if (!this.o.onOldGone || this.oldGone.has(id) || i === undefined)
                continue;
            const ec2Gone = ['shutting-down', 'terminated', 'stopping', 'stopped'].includes(i.state ?? '');
            if (m && !(0,context_snapshot/* isLeaving */.Xi)(m.lifecycle) && !ec2Gone)
                continue;
            this.oldGone.add(id);
            const why = [
                m ? `lifecycle ${m.lifecycle}` : 'left the group',
                i.state ? `EC2 state ${i.state}` : '',
                i.stateReason ?? ''
            ];
            await this.o.onOldGone(id, why.filter(Boolean).join(', '));
        }
    }
    /** EC2 ended a new instance on its own: the group launches another, which is followed. */
    lostToEc2(id, i) {
        this.lost.add(id);
        this.ctx.timeline.log(`new ${id} was ended by EC2 (${i?.stateReason}): that says nothing about the AMI; following the group's next launch`);
    }
    /** One new instance: healthy (done), still on its way (undefined), or failed (throws). */
    check(m, i) {
        this.seen.add(m.id);
        this.lastLifecycle.set(m.id, m.lifecycle);
        this.note(`lc:${m.id}`, m.lifecycle, `new ${m.id}: ${m.lifecycle}`);
        if (i?.phase) {
            const why = i.reason ? ` (${i.reason})` : '';
            this.note(`ph:${m.id}`, `${i.phase}|${i.reason ?? ''}`, `new ${m.id}: phase ${i.phase}${why}`);
            if (i.phase === contract/* PHASE */.A9.failed)
                throw new errors/* BootError */.HJ(m.id, 
                // The reason starts with the step that failed; polls may miss its phase tag.
                stepOf(i.reason) ?? this.lastPhase.get(m.id) ?? '', i.reason ?? 'the boot agent reported failed without a reason', i.heldBy);
            if (!TEARDOWN.includes(i.phase))
                this.lastPhase.set(m.id, i.phase);
        }
        if ((0,context_snapshot/* isLeaving */.Xi)(m.lifecycle) || i?.state === 'shutting-down' || i?.state === 'terminated') {
            if ((0,context_snapshot/* endedByEc2 */.Qd)(i)) {
                this.lostToEc2(m.id, i);
                return undefined;
            }
            throw this.abandoned(m, i);
        }
        const done = i?.phase === contract/* PHASE */.A9.healthy || (this.until === contract/* PHASE */.A9.ready && i?.phase === contract/* PHASE */.A9.ready);
        if (m.lifecycle === 'InService' && done)
            return { instanceId: m.id, healthyAt: this.ctx.deps.clock.now(), stoppedAt: this.stoppedAt };
        return undefined;
    }
    /**
     * A new instance on its way out. A boot that failed and was replaced before a poll saw
     * `failed` is tagged `stopping` by now, but its reason tag still names the failed step.
     */
    abandoned(m, i) {
        const failed = stepOf(i?.reason);
        const state = `lifecycle ${m.lifecycle}${i?.state ? `, EC2 state ${i.state}` : ''}`;
        if (failed)
            return new errors/* BootError */.HJ(m.id, failed, `${i.reason} (now ${state})`);
        return new errors/* BootError */.HJ(m.id, this.lastPhase.get(m.id) ?? '', `launch abandoned (by the agent, or the launch hook timed out): ${state}` +
            (this.lastPhase.has(m.id) || i?.phase ? '' : NEVER_REPORTED));
    }
    /** Says where the new instance got stuck, not only that time ran out. */
    timedOut(err) {
        const waited = `${Math.round(err.waitedMs / 1000)}s`;
        const id = [...this.seen].pop();
        if (!id)
            return new errors/* BootError */.HJ(undefined, '', `no replacement instance appeared within ${waited}: see the group's scaling activities`);
        return new errors/* BootError */.HJ(id, this.lastPhase.get(id) ?? '', `no ${this.until} report within ${waited} (timeout-minutes); last seen ${this.lastLifecycle.get(id)}`);
    }
}
/**
 * A healthy instance counts only when it was launched from the group's launch template
 * version: one from an older version was started by someone else (another run, a person),
 * and is no evidence about the AMI this run deploys, good or bad.
 */
function requireVersion(done, m, groupVersion) {
    if (!groupVersion || !m.templateVersion || m.templateVersion === groupVersion)
        return done;
    throw new Error(`${m.id} reported healthy, but it was launched from launch template version ${m.templateVersion} and the group's is ${groupVersion}: ` +
        `it is not the replacement this run started (another run or a person changed the group meanwhile). Nothing was reverted; re-run to converge`);
}
/**
 * Brings the group to one healthy instance on `amiId` without ever terminating a second
 * instance while one is in flight: waits for the group to settle (abandoning the launch
 * hook of an instance whose agent already reported `failed`), then replaces the instance if
 * it runs another AMI. Used by revert, where failed instances may still be in the group.
 */
async function settleOn(ctx, groupName, amiId, avoid = new Set(), 
/**
 * A same-AMI revert: the launch template version from before the run. Only its instances
 * and those of the group's version now may stay; the others (of the version that failed)
 * are left like failed ones.
 */
keepVersion) {
    const { opts, deps, timeline } = ctx;
    const abandoned = new Set();
    let lastSay = '';
    const say = (s) => {
        if (s !== lastSay)
            timeline.log(s);
        lastSay = s;
    };
    const next = await (0,shared_retry/* waitFor */.fm)(`group ${groupName} to settle before replacing its instance with ${amiId}`, () => settleStep(ctx, { groupName, amiId, avoid, keepVersion, abandoned, say }), { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock });
    if ('done' in next) {
        timeline.log(`${next.done} runs ${amiId} and is healthy`);
        return { instanceId: next.done, healthyAt: deps.clock.now() };
    }
    const terminatedAt = await terminate(ctx, next.replace);
    return { ...(await follow(ctx, groupName, next.replace)), terminatedAt };
}
/** One look at the group while it settles: settled on amiId, to replace, or still moving. */
async function settleStep(ctx, st) {
    const { deps, clients } = ctx;
    const group = await describeGroup(deps, clients, st.groupName);
    st.groupVersion = group.templateVersion;
    const info = await describeInstances(deps, clients, group.members.map((m) => m.id));
    for (const m of group.members)
        await endDeadLaunch(ctx, st, m, info.get(m.id));
    await endDeadHooks(ctx, st.groupName, group.members, info);
    const busy = group.members.filter((m) => m.lifecycle !== 'InService');
    const activities = await activitiesInProgress(deps, clients, st.groupName);
    if (busy.length || activities.length || group.members.length === 0) {
        const seen = group.members.map((m) => {
            const phase = info.get(m.id)?.phase;
            return `${m.id} ${m.lifecycle}${phase ? ` (phase ${phase})` : ''}`;
        });
        st.say(`waiting for the group to settle: ${seen.join(', ') || 'no instance yet'}`);
        return undefined;
    }
    const m = group.members[0];
    const i = info.get(m.id);
    if (i?.imageId === st.amiId && !avoided(st, m))
        return i.phase === contract/* PHASE */.A9.healthy ? { done: m.id } : { replace: m.id };
    return { replace: m.id };
}
/** Seen failing, or launched from a launch template version that is neither kept nor current. */
const avoided = (st, m) => st.avoid.has(m.id) ||
    (!!st.keepVersion &&
        !!st.groupVersion &&
        !!m.templateVersion &&
        ![st.keepVersion, st.groupVersion].includes(m.templateVersion));
/**
 * The AMI we go back to failed as well: stop. A launch on any other AMI (or one we saw
 * fail) is one we are leaving: end it now instead of at the hook's time-out, so the group
 * can launch from the reverted template.
 */
async function endDeadLaunch(ctx, st, m, i) {
    if (i?.phase === contract/* PHASE */.A9.failed && i.imageId === st.amiId && !avoided(st, m))
        throw new errors/* BootError */.HJ(m.id, '', `${st.amiId} failed to boot too: ${i.reason ?? 'no reason given'}`);
    const leaving = i?.imageId && (i.imageId !== st.amiId || avoided(st, m));
    if (m.lifecycle !== 'Pending:Wait' || !leaving || st.abandoned.has(m.id))
        return;
    st.abandoned.add(m.id);
    const why = i.phase === contract/* PHASE */.A9.failed
        ? 'its agent reported failed'
        : i.imageId !== st.amiId
            ? `it runs ${i.imageId}`
            : `it was launched from launch template version ${m.templateVersion}, which failed`;
    await abandonLaunch(ctx, st.groupName, m.id, why);
}
/**
 * A member in Terminating:Wait whose instance EC2 already terminated (it died, its zone
 * failed) has nobody left to complete its terminate hook: its agent is gone with it.
 * Auto Scaling keeps a lifecycle action until it is completed or times out ("The instance
 * remains in a wait state until you either complete the lifecycle action, or the timeout
 * period ends", How lifecycle hooks work, docs.aws.amazon.com/autoscaling/ec2/userguide/
 * lifecycle-hooks-overview.html; nothing there says EC2's own termination ends it), so it
 * would hold the group busy for the hook's whole HeartbeatTimeout. Completing it lets the
 * group move on; the instance is gone either way, so nothing is lost.
 */
async function endDeadHooks(ctx, groupName, members, info) {
    const waiting = members.filter((m) => m.lifecycle === 'Terminating:Wait');
    if (!waiting.length)
        return;
    const seen = info ??
        (await describeInstances(ctx.deps, ctx.clients, waiting.map((m) => m.id)));
    for (const m of waiting) {
        const i = seen.get(m.id);
        if (i?.state !== 'terminated')
            continue;
        // Completed meanwhile, or timed out: nothing left to complete.
        if (await completeAction(ctx, groupName, m.id, contract/* HOOKS */.r.terminate, 'CONTINUE'))
            ctx.timeline.log(`completed the terminate hook of ${m.id}: EC2 already terminated it (${i.stateReason ?? 'no reason given'}), so its agent cannot`);
    }
}
/** CompleteLifecycleAction; false when there is no pending action (a ValidationError). */
async function completeAction(ctx, groupName, instanceId, hook, result) {
    try {
        await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.asg.send(new client_auto_scaling_dist_cjs/* CompleteLifecycleActionCommand */.JsG({
            AutoScalingGroupName: groupName,
            LifecycleHookName: hook,
            InstanceId: instanceId,
            LifecycleActionResult: result
        })), { clock: ctx.deps.clock });
        return true;
    }
    catch (err) {
        if (!(0,shared_retry/* hasCode */.up)(err, 'ValidationError'))
            throw err;
        return false;
    }
}
async function abandonLaunch(ctx, groupName, instanceId, why) {
    // The agent usually got there first: nothing left to abandon is fine.
    if (await completeAction(ctx, groupName, instanceId, contract/* HOOKS */.r.launch, 'ABANDON'))
        ctx.timeline.log(`abandoned the launch of ${instanceId} (${why})`);
}

;// CONCATENATED MODULE: ./src/controller/steps/handover.ts
// The prepared handover (replace-strategy: prepared). The slow part of a replacement (EC2
// launch, OS boot, the agent's checks) happens on a successor beside the serving instance;
// only the ENI move, the EFS mount and opscenterd's stop and start happen while OpsCenter
// is down. The ENI stays the single-brain lock: the successor claims nothing while the
// old instance holds it (the boot agent's rule), so two instances can exist, never two
// brains. Sequence: raise the group to two in the old instance's subnet (same zone: same
// ENI, same IP, no record change), follow the successor to `ready`, terminate the old
// instance with capacity decremented, follow the successor to `healthy`, and put the
// group back to one over every subnet. The group's sizes and subnets are the stack's; a
// run stopped inside the window is finished by the next one (finishWindow).








async function resize(ctx, groupName, to) {
    await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.asg.send(new client_auto_scaling_dist_cjs/* UpdateAutoScalingGroupCommand */.Idg({
        AutoScalingGroupName: groupName,
        MaxSize: to.max,
        DesiredCapacity: to.desired,
        VPCZoneIdentifier: to.subnets?.join(',')
    })), { clock: ctx.deps.clock });
}
/** Terminates `id` and lowers desired capacity with it: nothing is launched in its place. */
async function terminateDecrementing(ctx, id) {
    await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.asg.send(new client_auto_scaling_dist_cjs/* TerminateInstanceInAutoScalingGroupCommand */.U5V({
        InstanceId: id,
        ShouldDecrementDesiredCapacity: true
    })), { clock: ctx.deps.clock });
    return ctx.deps.clock.now();
}
/**
 * Replaces `old` by a prepared successor. A successor that fails before `ready` is taken
 * away again, and the BootError says whether the old instance still serves. `stopped` is
 * told when OpsCenter stops serving (the terminate, or the old instance going on its own),
 * before anything can fail after it: the downtime is reported even when the run reverts.
 * An old instance that goes on its own (EC2 ended it, its zone failed) turns the handover
 * into a cold replacement: the window closes and the successor, or the group's next
 * launch, is followed to healthy.
 */
async function handover(ctx, groupName, old, subnets, stopped) {
    const { timeline } = ctx;
    const zone = await subnetOf(ctx, old);
    const window = { max: 2, desired: 2, subnets: zone ? [zone.subnetId] : subnets };
    // Only a launch of this window can say the zone is full: an earlier run's failed launch
    // (capacity is often back since) must not move the successor, and the record, for nothing.
    const earlier = new Set((await recentActivities(ctx.deps, ctx.clients, groupName)).map((a) => a.ActivityId));
    await resize(ctx, groupName, window);
    timeline.log(zone
        ? `raised ${groupName} to 2 in ${zone.zone} (${zone.subnetId}), the zone of ${old}: the successor takes over the same ENI and IP, and the record does not change`
        : `raised ${groupName} to 2 (the zone of ${old} is unknown: any zone)`);
    const lost = {};
    const onOldGone = async (id, why) => {
        lost.at = ctx.deps.clock.now();
        lost.why = why;
        stopped(lost.at);
        timeline.log(`${id} went away before the handover (${why}): OpsCenter is down from here. Closing the window; the successor, or the group's next launch, takes over as in a cold replacement`);
        await restoreGroup(ctx, groupName, subnets);
    };
    let successor;
    try {
        successor = await follow(ctx, groupName, old, {
            until: () => (lost.at === undefined ? contract/* PHASE */.A9.ready : contract/* PHASE */.A9.healthy),
            idle: () => lost.at === undefined
                ? widenIfNoCapacity(ctx, groupName, window, subnets, earlier)
                : Promise.resolve(undefined),
            onOldGone
        });
    }
    catch (err) {
        // Once the old instance went, the group is back at one: nothing to call off.
        if (lost.at === undefined)
            await callOff(ctx, groupName, old, subnets);
        throw await calledOff(ctx, groupName, err, old, lost);
    }
    if (lost.at !== undefined)
        return successor;
    timeline.log(`${successor.instanceId} is ready beside ${old}: handing over`);
    stopped(await terminateDecrementing(ctx, old));
    timeline.log(`terminated ${old} (capacity decremented to 1): it stops opscenterd, unmounts EFS and lets its ENI go; ${successor.instanceId} claims them`);
    try {
        return await follow(ctx, groupName, old);
    }
    finally {
        await restoreGroup(ctx, groupName, subnets);
    }
}
async function subnetOf(ctx, id) {
    const info = (await describeInstances(ctx.deps, ctx.clients, [id])).get(id);
    return info?.subnetId ? { subnetId: info.subnetId, zone: info.zone ?? '?' } : undefined;
}
/**
 * Auto Scaling's words for a zone without capacity, e.g. "We currently do not have
 * sufficient t3.medium capacity in the Availability Zone you requested (...). Launching EC2
 * instance failed." (error code InsufficientInstanceCapacity).
 */
const NO_CAPACITY = /do not have sufficient .*capacity|InsufficientInstanceCapacity/i;
/**
 * The old instance's zone has no capacity (the launch activity failed for it): widen the
 * window to every subnet once, and the successor comes up in another zone (its record
 * then changes: the agent moves it and waits INSYNC before healthy).
 */
async function widenIfNoCapacity(ctx, groupName, window, subnets, earlier) {
    if (window.subnets?.length === subnets.length)
        return undefined;
    const failed = (await recentActivities(ctx.deps, ctx.clients, groupName)).find((a) => a.StatusCode === 'Failed' &&
        !earlier.has(a.ActivityId) &&
        NO_CAPACITY.test(a.StatusMessage ?? ''));
    if (!failed)
        return undefined;
    window.subnets = subnets;
    await resize(ctx, groupName, { subnets });
    ctx.timeline.log(`no capacity in the old instance's zone (${failed.StatusMessage}): widened ${groupName} to every subnet, the successor comes up in another zone`);
    return undefined;
}
/** Back to one over every subnet. Desired is 1 already (the terminate decremented it). */
async function restoreGroup(ctx, groupName, subnets) {
    await resize(ctx, groupName, { max: 1, desired: 1, subnets });
    ctx.timeline.log(`${groupName} back to 1 instance over ${subnets.length} subnet(s)`);
}
/**
 * The successor failed before `ready`: it goes (decrementing, so nothing replaces it)
 * and the group returns to one; `old` never stopped serving. A failed launch leaves desired
 * at 2, so Auto Scaling launches again at once; lowering desired while that spare exists
 * would let Auto Scaling's scale-in pick `old` (the default termination policy ends the
 * instance of the oldest launch template first: "Termination policies", EC2 Auto Scaling
 * user guide). So every spare is terminated decrementing, waiting briefly for one that is
 * on its way, until desired is 1; only then is the group put back.
 */
async function callOff(ctx, groupName, old, subnets) {
    const { opts, deps } = ctx;
    await (0,shared_retry/* waitFor */.fm)(`${groupName} to drop the launches that replace the failed successor`, async () => {
        const group = await describeGroup(deps, ctx.clients, groupName);
        const spares = group.members.filter((m) => m.id !== old && !(0,context_snapshot/* isLeaving */.Xi)(m.lifecycle));
        for (const m of spares)
            await endSpare(ctx, m.id);
        return !spares.length && (group.desired ?? 1) <= 1 ? true : undefined;
    }, {
        timeoutMs: Math.min(opts.timeoutMs, CALL_OFF_MS * (0,clock/* timeScale */.Mw)()),
        intervalMs: opts.pollMs,
        clock: deps.clock
    }).catch((err) => {
        if (!(err instanceof shared_retry/* TimeoutError */.MU))
            throw err;
        ctx.timeline.log(`no spare launch appeared to end (${err.message}): putting the group back`);
    });
    await restoreGroup(ctx, groupName, subnets);
}
/** How long a call-off waits for Auto Scaling's relaunch to appear (AWS time): a guess, no published figure. */
const CALL_OFF_MS = 60_000;
async function endSpare(ctx, id) {
    try {
        await terminateDecrementing(ctx, id);
        ctx.timeline.log(`called off the handover: terminated the successor ${id}`);
    }
    catch (err) {
        // Gone meanwhile (its launch was abandoned): nothing to take away.
        if (!(0,shared_retry/* hasCode */.up)(err, 'ValidationError'))
            throw err;
    }
}
/** The successor's failure, with what became of the old instance: serving, or not. */
async function calledOff(ctx, groupName, err, old, lost) {
    if (!(err instanceof errors/* BootError */.HJ))
        return err;
    const after = lost.at !== undefined
        ? `${old} went away during the handover (${lost.why}): OpsCenter is down since then`
        : await stillServing(ctx, groupName, old);
    return new errors/* BootError */.HJ(err.instanceId, err.phase, `${err.reason}. ${after}`, err.heldBy);
}
/** "kept serving" is said only of an old instance AWS still shows serving. */
async function stillServing(ctx, groupName, old) {
    const group = await describeGroup(ctx.deps, ctx.clients, groupName);
    const member = group.members.find((m) => m.id === old);
    const i = (await describeInstances(ctx.deps, ctx.clients, [old])).get(old);
    if (member?.lifecycle === 'InService' && i?.state === 'running' && i.phase === contract/* PHASE */.A9.healthy)
        return `The handover was called off before anything was stopped: ${old} kept serving throughout (no downtime)`;
    return `The handover was called off, but ${old} is not serving either (lifecycle ${member?.lifecycle ?? 'gone'}, EC2 state ${i?.state ?? 'unknown'}, phase ${i?.phase ?? 'unknown'}${i?.stateReason ? `, ${i.stateReason}` : ''})`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/controller/steps/packer.ts
// Packer's -machine-readable output: `timestamp,target,type,data...`, where commas inside
// data are written as %!(PACKER_COMMA) and new lines as a literal \n.
function packer_unescape(s) {
    return s.replaceAll('%!(PACKER_COMMA)', ',').replaceAll('\\n', '\n').replaceAll('\\r', '\r');
}
function parseMachineLine(line) {
    const parts = line.split(',');
    if (parts.length < 3 || !/^\d+$/.test(parts[0]))
        return undefined;
    return { target: parts[1], type: parts[2], data: parts.slice(3).map(packer_unescape) };
}
/**
 * The AMI id for `region` from an artifact line
 * (`<ts>,<builder>,artifact,0,id,us-east-1:ami-1%!(PACKER_COMMA)eu-west-1:ami-2`).
 */
function artifactAmi(line, region) {
    if (line.type !== 'artifact' || line.data[1] !== 'id')
        return undefined;
    const ids = (line.data[2] ?? '').split(',').map((s) => s.trim());
    for (const id of ids) {
        const [r, ami] = id.split(':');
        if (r === region && ami?.startsWith('ami-'))
            return ami;
    }
    // Single-region builds may omit nothing, but accept a bare ami id too.
    return ids.find((s) => /^ami-[0-9a-f]+$/.test(s));
}
/** Human text of a line for the log: ui messages unescaped, anything else as is. */
function displayLine(raw) {
    const m = parseMachineLine(raw);
    if (!m)
        return raw;
    if (m.type === 'ui')
        return m.data.slice(1).join(',');
    return raw;
}

// EXTERNAL MODULE: ./src/controller/steps/var-file.ts
var var_file = __webpack_require__(4668);
;// CONCATENATED MODULE: ./src/controller/steps/resolve.ts
// Phase 1: the desired AMI. The recipe hash says what an AMI is made of; an available AMI
// of this stack carrying the hash is reused (so reverting a PR rolls back without a bake),
// otherwise Packer bakes one and we tag it and its snapshots.









/** Files Packer or the shell may leave in the recipe folder that are not the recipe. */
const IGNORED = new Set(['manifest.json', 'packer_cache', 'crash.log', 'node_modules']);
function listFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
            if (e.name.startsWith('.') || IGNORED.has(e.name))
                continue;
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile())
                out.push((0,external_node_path_.relative)(dir, p).split(external_node_path_.sep).join('/'));
        }
    };
    walk(dir);
    return out.sort();
}
/** sha256 over the packer folder, the var-file, the agent bundle and the base AMI id. */
function recipeHash(opts, baseAmiId) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const add = (label, content) => {
        const buf = typeof content === 'string' ? Buffer.from(content) : content;
        h.update(`${label}\0${buf.length}\0`);
        h.update(buf);
    };
    for (const f of listFiles(opts.packerDir))
        add(`packer/${f}`, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(opts.packerDir, f)));
    add('var-file', (0,external_node_fs_.readFileSync)(opts.packerVarFile));
    for (const f of listFiles(opts.agentDir))
        add(`agent/${f}`, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(opts.agentDir, f)));
    add('base-ami', baseAmiId);
    return h.digest('hex');
}
function newest(images) {
    return [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
}
async function describeImages(deps, clients, input) {
    const images = [];
    let NextToken;
    do {
        const page = await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ...input, NextToken })), { clock: deps.clock });
        images.push(...(page.Images ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    return images;
}
/** One image by id, or undefined when EC2 does not know it. */
async function describeImage(deps, clients, id) {
    try {
        return (await describeImages(deps, clients, { ImageIds: [id] }))[0];
    }
    catch (err) {
        if ((0,shared_retry/* hasCode */.up)(err, 'InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable', 'InvalidAMIID.Malformed'))
            return undefined;
        throw err;
    }
}
/** An AMI and the OpsCenter version it was baked with (its tag), for the summary's story. */
async function imageOf(deps, clients, amiId) {
    if (!amiId)
        return undefined;
    const image = await describeImage(deps, clients, amiId).catch(() => undefined);
    const tag = (key) => image?.Tags?.find((t) => t.Key === key)?.Value;
    return { amiId, version: tag(contract/* TAGS */.gp.opscenterVersion), baseAmiId: tag(contract/* TAGS */.gp.baseAmi) };
}
async function resolveBaseAmi(deps, clients, base) {
    if ('id' in base)
        return base.id;
    const images = await describeImages(deps, clients, {
        Owners: [base.owner],
        Filters: [
            { Name: 'name', Values: [base.namePattern] },
            { Name: 'state', Values: ['available'] }
        ]
    });
    const img = newest(images);
    if (!img?.ImageId)
        throw new Error(`base-ami: no available image of owner ${base.owner} matches "${base.namePattern}" in this region`);
    return img.ImageId;
}
async function findReusable(deps, clients, stackName, hash) {
    const images = await describeImages(deps, clients, {
        Owners: ['self'],
        Filters: [
            { Name: `tag:${contract/* TAGS */.gp.recipeHash}`, Values: [hash] },
            { Name: `tag:${contract/* TAGS */.gp.stack}`, Values: [stackName] },
            { Name: 'state', Values: ['available'] }
        ]
    });
    return newest(images);
}
async function bake(opts, deps, timeline, baseAmiId, hash) {
    const errors = [];
    let ami;
    const onLine = (line) => {
        const m = parseMachineLine(line);
        if (m) {
            ami = artifactAmi(m, opts.region) ?? ami;
            if (m.type === 'ui' && m.data[0] === 'error')
                errors.push(m.data.slice(1).join(','));
        }
        core/* info */.pq(displayLine(line));
    };
    const run = async (args) => {
        const code = await deps.exec('packer', args, { cwd: opts.packerDir, onLine });
        if (code !== 0) {
            const why = errors.length ? `: ${errors.slice(-3).join(' | ')}` : '';
            throw new Error(`packer ${args[0]} failed with exit code ${code}${why} (see the packer log group above)`);
        }
    };
    timeline.log(`baking a new AMI from ${baseAmiId} with packer (recipe ${hash.slice(0, 12)})`);
    await core/* group */.Os('packer init', () => run(['init', '.']));
    await core/* group */.Os('packer build', () => run([
        'build',
        '-machine-readable',
        `-var-file=${opts.packerVarFile}`,
        '-var',
        `${contract/* PACKER_VARS */.GF.baseAmi}=${baseAmiId}`,
        '-var',
        `${contract/* PACKER_VARS */.GF.recipeHash}=${hash}`,
        '-var',
        `${contract/* PACKER_VARS */.GF.gitSha}=${opts.gitSha}`,
        '-var',
        `${contract/* PACKER_VARS */.GF.stackName}=${opts.stackName}`,
        '-var',
        `${contract/* PACKER_VARS */.GF.region}=${opts.region}`,
        '-var',
        `${contract/* PACKER_VARS */.GF.agentDir}=${opts.agentDir}`,
        '.'
    ]));
    if (!ami)
        throw new Error(`packer build succeeded but printed no artifact id for ${opts.region}: check the builder's region`);
    return ami;
}
/** Tags an AMI and its EBS snapshots so it can be found (recipe hash) and retired (stack). */
async function tagImage(opts, deps, clients, ami, hash, version, baseAmiId) {
    // Freshly registered images can take a moment to show up: wait, bounded.
    const image = await (0,shared_retry/* waitFor */.fm)(`${ami} to be described`, async () => (await describeImages(deps, clients, { ImageIds: [ami] }))[0], { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock });
    const snapshots = (image.BlockDeviceMappings ?? [])
        .map((b) => b.Ebs?.SnapshotId)
        .filter((s) => !!s);
    const tags = [
        { Key: contract/* TAGS */.gp.stack, Value: opts.stackName },
        { Key: contract/* TAGS */.gp.recipeHash, Value: hash },
        { Key: contract/* TAGS */.gp.opscenterVersion, Value: version ?? 'unknown' },
        { Key: contract/* TAGS */.gp.gitSha, Value: opts.gitSha || 'unknown' },
        { Key: contract/* TAGS */.gp.baseAmi, Value: baseAmiId || 'unknown' },
        {
            Key: 'Name',
            Value: `${opts.stackName}-opscenter-${version ?? 'unknown'}-${hash.slice(0, 12)}`
        }
    ];
    await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* CreateTagsCommand */.RmG({ Resources: [ami, ...snapshots], Tags: tags })), { clock: deps.clock });
}
/** The desired AMI without baking: the ami-id input, an AMI with the recipe's hash, or would-bake. */
async function lookupAmi(opts, deps, clients, timeline) {
    if (opts.amiId) {
        timeline.log(`using ${opts.amiId} from the ami-id input (no recipe hash, no bake)`);
        return { amiId: opts.amiId, recipeHash: '', source: 'input' };
    }
    const version = (0,var_file/* opscenterVersion */.i)(opts.packerVarFile);
    const baseAmiId = await resolveBaseAmi(deps, clients, opts.baseAmi);
    const hash = recipeHash(opts, baseAmiId);
    timeline.log(`recipe hash ${hash} (base ${baseAmiId}, OpsCenter ${version ?? 'version not found in var-file'})`);
    const found = await findReusable(deps, clients, opts.stackName, hash);
    if (found?.ImageId) {
        timeline.log(`reusing ${found.ImageId} (${found.Name ?? 'no name'}, created ${found.CreationDate ?? '?'}): same recipe hash`);
        return { amiId: found.ImageId, recipeHash: hash, version, source: 'reused', baseAmiId };
    }
    timeline.log(`no AMI with this recipe hash: a deploy bakes one from ${baseAmiId}`);
    return { amiId: '', recipeHash: hash, version, source: 'would-bake', baseAmiId };
}
/** Bakes the AMI lookupAmi found missing, and tags it so the next run reuses it. */
async function bakeAmi(opts, deps, clients, timeline, missing) {
    const baseAmiId = missing.baseAmiId ?? '';
    const ami = await bake(opts, deps, timeline, baseAmiId, missing.recipeHash);
    await tagImage(opts, deps, clients, ami, missing.recipeHash, missing.version, baseAmiId);
    timeline.log(`baked and tagged ${ami}`);
    return { ...missing, amiId: ami, source: 'baked' };
}

;// CONCATENATED MODULE: ./src/controller/steps/retain.ts
// After a successful deploy: keep the newest keep-amis AMIs of this stack, never the
// current or the previous one; deregister the rest and delete their snapshots.



/** The images to delete, oldest last; pure so the rule is easy to test. */
function toRetire(images, keep, protect) {
    const sorted = [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''));
    return sorted
        .slice(keep)
        .filter((i) => i.ImageId && !protect.includes(i.ImageId) && i.State !== 'pending');
}
async function retain(ctx, current, previous) {
    const { opts, deps, clients, timeline } = ctx;
    const retry = { clock: deps.clock };
    const images = [];
    let NextToken;
    do {
        const token = NextToken;
        const page = await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({
            Owners: ['self'],
            Filters: [{ Name: `tag:${contract/* TAGS */.gp.stack}`, Values: [opts.stackName] }],
            NextToken: token
        })), retry);
        images.push(...(page.Images ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    const retire = toRetire(images, opts.keepAmis, [current, previous].filter(Boolean));
    if (retire.length === 0) {
        timeline.log(`${images.length} AMI(s) of this stack, keeping up to ${opts.keepAmis}: nothing to retire`);
        return [];
    }
    for (const img of retire) {
        const id = img.ImageId;
        await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: id })), retry);
        const snaps = (img.BlockDeviceMappings ?? [])
            .map((b) => b.Ebs?.SnapshotId)
            .filter((s) => !!s);
        for (const s of snaps)
            await (0,shared_retry/* withRetry */.bD)(() => clients.ec2.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: s })), retry);
        timeline.log(`retired ${id} (${img.Name ?? 'no name'}, created ${img.CreationDate ?? '?'})${snaps.length ? ` and ${snaps.join(', ')}` : ''}`);
    }
    return retire.map((i) => i.ImageId);
}

;// CONCATENATED MODULE: ./src/controller/steps/stack.ts
// Phase 2: the stack. Change sets (so `plan` and `deploy` share one path), waits on
// DescribeStacks through waitFor (the injected clock), failures explained by the events of
// the failed resources, and "no changes" treated as the normal outcome it is.



function buildParameters(req) {
    const out = [];
    for (const key of req.templateParams) {
        if (key in req.values)
            out.push({ ParameterKey: key, ParameterValue: req.values[key] });
        else if (req.type === 'UPDATE' && req.current && key in req.current.parameters)
            out.push({ ParameterKey: key, UsePreviousValue: true });
    }
    return out;
}
const NO_CHANGES = /didn't contain changes|No updates are to be performed|submitted information didn't contain/i;
/** Creates a change set and waits until it is ready; "no changes" deletes it. */
async function prepareChange(opts, deps, clients, timeline, req) {
    const changeSetName = `opscenter-ha-${deps.clock.now()}`;
    const parameters = buildParameters(req);
    const created = await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* CreateChangeSetCommand */.YDU({
        StackName: opts.stackName,
        ChangeSetName: changeSetName,
        ChangeSetType: req.type,
        ...(req.templateBody === undefined
            ? { UsePreviousTemplate: true }
            : { TemplateBody: req.templateBody }),
        Parameters: parameters,
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
        Description: req.description.slice(0, 1024)
    })), { clock: deps.clock });
    const changeSetId = created.Id ?? changeSetName;
    timeline.log(`change set ${changeSetName} (${req.type}): ${req.description}`);
    const described = await (0,shared_retry/* waitFor */.fm)(`change set ${changeSetName} to be ready`, async () => {
        const cs = await clients.cfn.send(new client_cloudformation_dist_cjs/* DescribeChangeSetCommand */.TTT({ ChangeSetName: changeSetId, StackName: opts.stackName }));
        return cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED' ? cs : undefined;
    }, { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock });
    const base = { stackName: opts.stackName, changeSetId, changeSetName, type: req.type, parameters };
    if (described.Status === 'FAILED') {
        if (NO_CHANGES.test(described.StatusReason ?? '')) {
            await deleteChangeSet(deps, clients, opts.stackName, changeSetId);
            timeline.log('CloudFormation found no changes to make');
            return { ...base, changes: [], nothing: true };
        }
        await deleteChangeSet(deps, clients, opts.stackName, changeSetId).catch(() => undefined);
        throw new Error(`change set ${changeSetName} for stack ${opts.stackName} failed: ${described.StatusReason ?? 'no reason given'}`);
    }
    // CREATE_COMPLETE with no resource change (an Outputs or Metadata edit) still changes the
    // stack: it is executed like any other, never left behind.
    return {
        ...base,
        changes: await allChanges(deps, clients, opts.stackName, changeSetId, described),
        nothing: false
    };
}
async function allChanges(deps, clients, stackName, id, first) {
    const changes = [...(first.Changes ?? [])];
    let NextToken = first.NextToken;
    while (NextToken) {
        const token = NextToken;
        const page = await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* DescribeChangeSetCommand */.TTT({
            ChangeSetName: id,
            StackName: stackName,
            NextToken: token
        })), { clock: deps.clock });
        changes.push(...(page.Changes ?? []));
        NextToken = page.NextToken;
    }
    return changes;
}
async function deleteChangeSet(deps, clients, stackName, id) {
    await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* DeleteChangeSetCommand */.$GE({ ChangeSetName: id, StackName: stackName })), {
        clock: deps.clock
    });
}
/** Plan on a stack that did not exist leaves an empty REVIEW_IN_PROGRESS stack: remove it. */
async function deleteReviewStack(deps, clients, stackName) {
    const s = await describeStack(deps, clients, stackName);
    if (s?.status === 'REVIEW_IN_PROGRESS')
        await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* DeleteStackCommand */.fAr({ StackName: stackName })), {
            clock: deps.clock
        });
}
/** Executes a prepared change set and waits for the stack to settle; failures carry the events. */
async function executeChange(opts, deps, clients, timeline, prepared) {
    const startedAt = deps.clock.now();
    await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* ExecuteChangeSetCommand */.PB_({
        ChangeSetName: prepared.changeSetId,
        StackName: opts.stackName
    })), { clock: deps.clock });
    timeline.log(`executing ${prepared.changeSetName}: ${prepared.changes.length} resource change(s)`);
    let last = '';
    const final = await waitForStack(`stack ${opts.stackName} to finish its ${prepared.type === 'CREATE' ? 'creation' : 'update'}`, async () => {
        const s = await describeStack(deps, clients, opts.stackName);
        if (!s)
            throw new Error(`stack ${opts.stackName} disappeared while it was being changed`);
        if (s.status !== last) {
            timeline.log(`stack ${s.status}`);
            last = s.status;
        }
        return s.status.endsWith('_IN_PROGRESS') ? undefined : s;
    }, { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock });
    if (final.status === 'CREATE_COMPLETE' || final.status === 'UPDATE_COMPLETE')
        return final;
    const reasons = await failedEvents(deps, clients, opts.stackName, startedAt);
    throw new Error(`stack ${opts.stackName} ${prepared.type === 'CREATE' ? 'creation' : 'update'} failed and ended ${final.status}` +
        (reasons.length ? `: ${reasons.join('; ')}` : ' (no failed resource events found)'));
}
/** waitFor, with a time-out that says CloudFormation carries on and what to do. */
async function waitForStack(what, probe, o) {
    try {
        return await (0,shared_retry/* waitFor */.fm)(what, probe, o);
    }
    catch (err) {
        if (!(err instanceof shared_retry/* TimeoutError */.MU))
            throw err;
        throw new Error(`${err.message} (timeout-minutes). CloudFormation carries on by itself: watch the stack's events, ` +
            `and re-run once it has finished (raise timeout-minutes if it is only slow)`, { cause: err });
    }
}
/** `Logical: reason` for each failed resource of the operation that started at startedAt. */
async function failedEvents(deps, clients, stackName, startedAt) {
    const events = [];
    let NextToken;
    // Events come newest first; allow for clock skew between us and AWS.
    const since = startedAt - 5 * 60_000;
    outer: do {
        const token = NextToken;
        const page = await (0,shared_retry/* withRetry */.bD)(() => clients.cfn.send(new client_cloudformation_dist_cjs/* DescribeStackEventsCommand */.Ie9({ StackName: stackName, NextToken: token })), { clock: deps.clock });
        for (const e of page.StackEvents ?? []) {
            if (e.Timestamp && e.Timestamp.getTime() < since)
                break outer;
            events.push(e);
            const isStart = e.ResourceType === 'AWS::CloudFormation::Stack' &&
                (e.ResourceStatus === 'UPDATE_IN_PROGRESS' || e.ResourceStatus === 'CREATE_IN_PROGRESS') &&
                e.ResourceStatusReason === 'User Initiated';
            if (isStart)
                break outer;
        }
        NextToken = page.NextToken;
    } while (NextToken);
    const failed = events
        .reverse()
        .filter((e) => e.ResourceStatus?.endsWith('_FAILED') && e.ResourceType !== 'AWS::CloudFormation::Stack')
        .filter((e) => !/Resource (update|creation) cancelled/i.test(e.ResourceStatusReason ?? ''));
    return failed.map((e) => `${e.LogicalResourceId} ${e.ResourceStatus}: ${e.ResourceStatusReason ?? 'no reason given'}`);
}

;// CONCATENATED MODULE: ./src/controller/steps/verify.ts
// Phase 4: verify. fetchState gathers the facts (group, instance, ENI, record, DNS change);
// checkState is a pure function naming each thing that is wrong, so every failure is easy
// to test and to read. health-url is probed last, bounded.






/** Every problem with the state, one readable line each; empty means verified. */
function checkState(s) {
    const p = checkMembership(s);
    const i = s.instance;
    if (!i)
        return [...p, `EC2 does not describe ${s.instanceId}`];
    p.push(...checkInstance(s, i));
    const eni = checkEni(s, i, p);
    p.push(...checkRecord(s, i, eni?.privateIp));
    return p;
}
function checkMembership(s) {
    const p = [];
    if (!s.member)
        p.push(`${s.instanceId} is not a member of the Auto Scaling group`);
    else if (s.member.lifecycle !== 'InService')
        p.push(`${s.instanceId} is ${s.member.lifecycle}, not InService`);
    const live = s.others.filter((m) => !/^Terminat/.test(m.lifecycle));
    if (live.length)
        p.push(`the group has another live instance: ${live.map((m) => `${m.id} ${m.lifecycle}`).join(', ')}`);
    return p;
}
function checkInstance(s, i) {
    const p = [];
    const id = s.instanceId;
    if (i.imageId !== s.desiredAmi)
        p.push(`${id} runs ${i.imageId ?? 'an unknown AMI'}, not the desired ${s.desiredAmi}`);
    if (i.phase !== contract/* PHASE */.A9.healthy)
        p.push(`the boot agent on ${id} reports phase ${i.phase ?? '(none)'}${i.reason ? ` (${i.reason})` : ''}, not ${contract/* PHASE */.A9.healthy}`);
    return p;
}
/** The zone's one ENI, when there is exactly one; its problems go to `p`. */
function checkEni(s, i, p) {
    if (s.enis.length === 0) {
        p.push(`no network interface tagged ${contract/* TAGS */.gp.stack}=${s.stackName} ${contract/* TAGS */.gp.role}=${contract/* ROLES */.gg.eni} in ${i.zone ?? 'the instance zone'}`);
        return undefined;
    }
    if (s.enis.length > 1) {
        p.push(`${s.enis.length} network interfaces of this stack in ${i.zone}: ${s.enis.map((e) => e.id).join(', ')} (expected one per zone)`);
        return undefined;
    }
    const eni = s.enis[0];
    if (eni.attachedTo !== s.instanceId)
        p.push(`network interface ${eni.id} in ${i.zone} is ${eni.attachedTo ? `attached to ${eni.attachedTo}` : 'not attached'}, not to ${s.instanceId}`);
    else if (eni.attachmentStatus && eni.attachmentStatus !== 'attached')
        p.push(`network interface ${eni.id} is ${eni.attachmentStatus} on ${s.instanceId}, not attached`);
    return eni;
}
function checkRecord(s, i, eniIp) {
    const p = [];
    const id = s.instanceId;
    if (!s.recordName || !s.hostedZoneId)
        p.push(`the stack has no ${contract/* OUTPUTS */.py.recordName}/${contract/* OUTPUTS */.py.hostedZoneId} outputs to check the record against`);
    else if (!s.recordValues)
        p.push(`record ${s.recordName} (A) does not exist in zone ${s.hostedZoneId}`);
    else if (eniIp && (s.recordValues.length !== 1 || s.recordValues[0] !== eniIp))
        p.push(`record ${s.recordName} points at ${s.recordValues.join(', ') || 'nothing'}, not at ${eniIp} (the interface's IP)`);
    // A runner cannot resolve a private zone; the instance can, and reports what it got.
    if (eniIp && i.dnsResolved !== eniIp)
        p.push(`the boot agent on ${id} did not see ${s.recordName || 'the record'} resolve to ${eniIp} inside the VPC (${contract/* TAGS */.gp.dnsResolved}: ${i.dnsResolved ?? 'none'})`);
    if (!i.dnsChange)
        p.push(`${id} has no ${contract/* TAGS */.gp.dnsChange} tag: the agent did not report its DNS change`);
    else if (i.dnsChange !== contract/* DNS_CHANGE_NONE */.Kw && s.changeStatus !== 'INSYNC')
        p.push(`DNS change ${i.dnsChange} is ${s.changeStatus ?? 'unknown'}, not INSYNC`);
    return p;
}
async function fetchState(ctx, groupName, outputs, instanceId, desiredAmi) {
    const { deps, clients, opts } = ctx;
    const group = await describeGroup(deps, clients, groupName);
    const instance = (await describeInstances(deps, clients, [instanceId])).get(instanceId);
    const zone = instance?.zone;
    const record = await observeRecord(deps, clients, outputs);
    return {
        instanceId,
        desiredAmi,
        stackName: opts.stackName,
        member: group.members.find((m) => m.id === instanceId),
        others: group.members.filter((m) => m.id !== instanceId),
        instance,
        enis: zone ? await stackEnis(deps, clients, opts.stackName, zone) : [],
        recordName: outputs[contract/* OUTPUTS */.py.recordName] ?? '',
        hostedZoneId: outputs[contract/* OUTPUTS */.py.hostedZoneId] ?? '',
        recordValues: record?.values,
        changeStatus: await changeStatus(ctx, instance?.dnsChange)
    };
}
/**
 * Route 53's status of the agent's change. DNS_CHANGE_NONE: the record already pointed at
 * this IP, there is no change to wait for (checkState compares the record's value instead).
 */
async function changeStatus(ctx, change) {
    if (!change || change === contract/* DNS_CHANGE_NONE */.Kw)
        return undefined;
    try {
        const out = await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.r53.send(new client_route_53_dist_cjs/* GetChangeCommand */.Yn4({ Id: change })), {
            clock: ctx.deps.clock
        });
        return out.ChangeInfo?.Status;
    }
    catch (err) {
        if (!(0,shared_retry/* hasCode */.up)(err, 'NoSuchChange', 'InvalidInput'))
            throw err;
        return `unknown to Route53 (${err.name})`;
    }
}
/** Health URL answers 2xx within the phase time-out; returns a problem or undefined. */
async function checkHealthUrl(ctx, url) {
    const { deps, opts, timeline } = ctx;
    let lastProblem = 'no answer yet';
    try {
        await (0,shared_retry/* waitFor */.fm)(`${url} to answer 2xx`, async () => {
            try {
                const res = await deps.fetch(url, {
                    signal: AbortSignal.timeout(10_000),
                    redirect: 'follow'
                });
                if (res.status >= 200 && res.status < 300)
                    return true;
                lastProblem = `HTTP ${res.status}`;
            }
            catch (err) {
                lastProblem = (0,errors/* messageOf */.bD)(err);
            }
            return undefined;
        }, { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock });
        timeline.log(`${url} answers 2xx`);
        return undefined;
    }
    catch (err) {
        if (err instanceof shared_retry/* TimeoutError */.MU)
            return `health-url ${url} did not answer 2xx in ${Math.round(err.waitedMs / 1000)}s (last: ${lastProblem})`;
        throw err;
    }
}
/**
 * Verifies, allowing a short settle window (ten polls) for eventual consistency, then the
 * health URL. Throws a VerifyError listing every problem. Returns what the agent reported of
 * the certificate OpsCenter serves (its fingerprint), for the summary and the outputs.
 */
async function verify(ctx, groupName, outputs, instanceId, desiredAmi) {
    const { deps, opts, timeline } = ctx;
    let problems = [];
    let fingerprint;
    try {
        await (0,shared_retry/* waitFor */.fm)(`${instanceId} to pass verification`, async () => {
            const state = await fetchState(ctx, groupName, outputs, instanceId, desiredAmi);
            fingerprint = state.instance?.tlsFingerprint;
            problems = checkState(state);
            return problems.length === 0 ? true : undefined;
        }, {
            timeoutMs: Math.min(opts.timeoutMs, opts.pollMs * 10),
            intervalMs: opts.pollMs,
            clock: deps.clock
        });
    }
    catch (err) {
        if (err instanceof shared_retry/* TimeoutError */.MU)
            throw new errors/* VerifyError */.Gz(instanceId, problems);
        throw err;
    }
    timeline.log(`${instanceId}: InService on ${desiredAmi}, interface attached, record and DNS change in sync, agent healthy`);
    if (opts.healthUrl) {
        const problem = await checkHealthUrl(ctx, opts.healthUrl);
        if (problem)
            throw new errors/* VerifyError */.Gz(instanceId, [problem]);
    }
    return fingerprint;
}

;// CONCATENATED MODULE: ./src/controller/steps/revert.ts
// The way back when a new instance fails: the stack to the AMI the plan named (or to the
// template and parameters from before, on the same AMI), the group settled on it, verified.
// Always ends in a DeployError that says where AWS stands.








async function revert(ctx, out, r) {
    const cause = (0,errors/* messageOf */.bD)(r.cause);
    out.cause = cause;
    if (!r.revert.sameAmi)
        out.tried = { amiId: r.desired, version: out.version };
    ctx.timeline.log(`FAILED: ${cause}`);
    const target = await revertTarget(ctx, r, cause);
    const what = r.revert.sameAmi
        ? `the template and parameters from before this run, on ${target}`
        : target;
    try {
        await ctx.timeline.phase('revert', async () => {
            ctx.timeline.log(`reverting the stack to ${what} (${r.revert.why})`);
            await restoreStack(ctx, r, target);
            // On the same AMI only the launch template tells the failed instances from the others:
            // an instance of the version from before the run, or of the reverted one, may stay.
            await settle(ctx, out, r, target, r.revert.sameAmi ? r.beforeVersion : undefined);
        });
    }
    catch (err) {
        throw new errors/* DeployError */.sH(`${cause}. The revert to ${what} failed too: ${(0,errors/* messageOf */.bD)(err)}. Now: ${await situation(ctx, r.groupName)}. ` +
            `No data was deleted (EFS is untouched). Look at the instance's opscenter-ha:reason tag and the stack events, ` +
            `fix the cause, then run command: rollback or deploy again`, 'failed');
    }
    out.amiId = target;
    // What runs now is the target's OpsCenter, not the version this run tried.
    out.version =
        target === out.was?.amiId
            ? out.was.version
            : (await imageOf(ctx.deps, ctx.clients, target))?.version;
    out.previousAmiId = r.revert.sameAmi ? r.was.previousAmiId || undefined : r.desired;
    out.changes.push(r.revert.sameAmi
        ? `reverted the stack's template and parameters after the change failed`
        : `reverted to ${target} after ${r.desired} failed`);
    throw new errors/* DeployError */.sH(r.revert.sameAmi
        ? `deploying the stack change failed: ${cause}. Reverted to the template and parameters from before: ${out.instanceId} is healthy on ${target}`
        : `deploying ${r.desired} failed: ${cause}. Reverted to ${target}: ${out.instanceId} is healthy on it`, 'reverted');
}
/** The AMI to go back to, or the DeployError that says why nothing is reverted. */
async function revertTarget(ctx, r, cause) {
    const target = r.revert.amiId;
    if (!ctx.opts.autoRevert)
        throw new errors/* DeployError */.sH(`${cause}. auto-revert is off, so nothing was reverted: ${await situation(ctx, r.groupName)}. ` +
            `To go back, run command: rollback${target && !r.revert.sameAmi ? ` (to ${target})` : ''}`, 'failed');
    // Same AMI: only a template or parameter change can be undone, and only if we kept it.
    if (!target || (r.revert.sameAmi && (r.original === undefined || !r.before)))
        throw new errors/* DeployError */.sH(`${cause}. There is no previous AMI to revert to (the stack remembers none): ${await situation(ctx, r.groupName)}. ` +
            `Fix the cause (see the instance's opscenter-ha:reason tag and console output) and run deploy again; no data was deleted`, 'failed');
    return target;
}
/**
 * Back to the template and parameters the stack had before this run. When the stack was
 * already at the failed AMI (a re-run), what came before the previous AMI is unknown:
 * forget it rather than remember the failed one.
 */
async function restoreStack(ctx, r, target) {
    const { opts, deps, clients, timeline } = ctx;
    const stack = await describeStack(deps, clients, opts.stackName);
    const restore = r.original !== undefined && r.before !== undefined;
    const back = restore && r.before ? r.before.parameters : {};
    const forget = r.was.amiId === r.desired && !r.revert.sameAmi;
    const prepared = await prepareChange(opts, deps, clients, timeline, {
        type: 'UPDATE',
        templateBody: r.original,
        templateParams: Object.keys(restore ? back : (stack?.parameters ?? {})),
        values: {
            ...back,
            [contract/* PARAMS */.NB.amiId]: target,
            [contract/* PARAMS */.NB.previousAmiId]: forget ? '' : r.was.previousAmiId,
            // The failed version may have migrated the state: the target starts on its restore point.
            [contract/* PARAMS */.NB.onDowngrade]: 'restore'
        },
        current: stack,
        description: `opscenter-ha revert: AmiId ${r.desired} -> ${target}`
    });
    if (!prepared.nothing)
        await executeChange(opts, deps, clients, timeline, prepared);
}
/** One healthy instance on the target, never one this run saw fail; verified. */
async function settle(ctx, out, r, target, keepVersion) {
    const failed = new Set();
    if ((r.cause instanceof errors/* BootError */.HJ || r.cause instanceof errors/* VerifyError */.Gz) && r.cause.instanceId)
        failed.add(r.cause.instanceId);
    if (out.instanceId)
        failed.add(out.instanceId);
    const settled = await settleOn(ctx, r.groupName, target, failed, keepVersion);
    out.instanceId = settled.instanceId;
    out.downtimeStart ??= settled.stoppedAt ?? settled.terminatedAt;
    if (out.downtimeStart !== undefined)
        out.downtimeMs = settled.healthyAt - out.downtimeStart;
    out.tlsFingerprint = await verify(ctx, r.groupName, r.outputs, settled.instanceId, target);
}
/** One line on where AWS stands, for error messages; never fails itself. */
async function situation(ctx, groupName) {
    const { deps, clients, opts } = ctx;
    try {
        const stack = await describeStack(deps, clients, opts.stackName);
        const { amiId } = amiParams(stack);
        const group = await describeGroup(deps, clients, groupName);
        const info = await describeInstances(deps, clients, group.members.map((m) => m.id));
        const members = group.members
            .map((m) => {
            const i = info.get(m.id);
            return `${m.id} ${m.lifecycle} on ${i?.imageId ?? '?'}, phase ${i?.phase ?? '?'}${i?.phase === contract/* PHASE */.A9.failed && i.reason ? ` (${i.reason})` : ''}`;
        })
            .join('; ');
        return `stack ${opts.stackName} is ${stack?.status ?? 'missing'} with AmiId=${amiId || '?'}; group ${groupName} has ${members || 'no instance'}`;
    }
    catch (err) {
        return `could not describe the stack and group (${(0,errors/* messageOf */.bD)(err)})`;
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var client_backup_dist_cjs = __webpack_require__(2760);
;// CONCATENATED MODULE: ./src/controller/steps/backup.ts
// AWS Backup around the state: an on-demand recovery point of the file system before a
// version change (started with the run, so it overlaps the bake; waited for before the stack
// changes only if it is still running), and command restore of a recovery point (a restore
// job into the same file system, whose folder the boot agent then puts in place: the agent
// alone writes the state). API: https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartBackupJob.html,
// API_DescribeBackupJob.html, API_StartRestoreJob.html (the EFS metadata keys),
// API_DescribeRestoreJob.html, API_ListRecoveryPointsByResource.html.




/** The file system's ARN: same partition and account as the stack's backup role. */
function fileSystemArn(ctx, t) {
    const [, partition, , , account] = t.roleArn.split(':');
    return `arn:${partition}:elasticfilesystem:${ctx.opts.region}:${account}:file-system/${t.fileSystemId}`;
}
/** Fails, naming the parameter and the fix, when the vault does not exist. */
async function requireVault(ctx, t) {
    try {
        await ctx.clients.backup.send(new client_backup_dist_cjs/* DescribeBackupVaultCommand */.Rr4({ BackupVaultName: t.vault }));
    }
    catch (err) {
        if (!(0,shared_retry/* hasCode */.up)(err, 'ResourceNotFoundException'))
            throw err;
        throw new Error(`${contract/* PARAMS */.NB.backupVaultName} is "${t.vault}", and AWS Backup has no vault of that name in ${ctx.opts.region}: nothing was changed. ` +
            `Create it (aws backup create-backup-vault --backup-vault-name ${t.vault}), name a vault you have in the parameters input (${contract/* PARAMS */.NB.backupVaultName}=<vault>), ` +
            `or set ${contract/* PARAMS */.NB.backupVaultName}= (empty) to deploy without an on-demand recovery point (the file system's daily automatic backups stay)`, { cause: err });
    }
}
/** Starts the recovery point of the file system; the state is `from`'s, `to` is next. */
async function startBackup(ctx, t, from, to) {
    const startedAt = ctx.deps.clock.now();
    const out = await ctx.clients.backup.send(new client_backup_dist_cjs/* StartBackupJobCommand */.pOZ({
        BackupVaultName: t.vault,
        ResourceArn: fileSystemArn(ctx, t),
        IamRoleArn: t.roleArn,
        StartWindowMinutes: contract/* AWS_BACKUP */.FQ.startWindowMinutes,
        Lifecycle: { DeleteAfterDays: contract/* AWS_BACKUP */.FQ.deleteAfterDays },
        RecoveryPointTags: {
            [contract/* TAGS */.gp.stack]: ctx.opts.stackName,
            [contract/* TAGS */.gp.stateVersion]: from,
            [contract/* TAGS */.gp.nextVersion]: to
        }
    }));
    if (!out.BackupJobId)
        throw new Error(`AWS Backup started no job for ${t.fileSystemId}`);
    ctx.timeline.log(`AWS Backup job ${out.BackupJobId}: a recovery point of ${t.fileSystemId} (OpsCenter ${from}'s state) in vault ${t.vault}, before ${to} starts on it`);
    return { id: out.BackupJobId, target: t, startedAt };
}
const FAILED = ['FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'];
/**
 * Polls a backup or restore job until COMPLETED (bounded by timeout-minutes, backing off on
 * throttling), logging each new state. Another end, or the time-out, fails with `then`: what
 * that leaves and what to do.
 */
async function awaitJob(ctx, what, look, then) {
    let last = '';
    try {
        return await (0,shared_retry/* waitFor */.fm)(what, async () => {
            const d = await look();
            const state = d.state ?? '?';
            if (state !== last)
                ctx.timeline.log(`${what}: ${state}`);
            last = state;
            if (FAILED.includes(state))
                throw new Error(`${what} ended ${state}${d.message ? ` (${d.message})` : ''}: ${then.failed}`);
            return state === 'COMPLETED' ? d.value : undefined;
        }, { timeoutMs: ctx.opts.timeoutMs, intervalMs: ctx.opts.pollMs, clock: ctx.deps.clock });
    }
    catch (err) {
        if (!(err instanceof shared_retry/* TimeoutError */.MU))
            throw err;
        throw new Error(`${what} is still ${last || 'not started'} after ${Math.round(err.waitedMs / 60_000)} min (timeout-minutes): ${then.timedOut}`, { cause: err });
    }
}
/** Waits for the job to complete (bounded by the run's time-out); fails on any other end. */
async function awaitBackup(ctx, job) {
    const { clock } = ctx.deps;
    const waitStart = clock.now();
    const off = `set ${contract/* PARAMS */.NB.backupVaultName}= (empty) to go on without`;
    const arn = await awaitJob(ctx, `AWS Backup job ${job.id} of ${job.target.fileSystemId}`, async () => {
        const d = await ctx.clients.backup.send(new client_backup_dist_cjs/* DescribeBackupJobCommand */.YOJ({ BackupJobId: job.id }));
        return { state: d.State, message: d.StatusMessage, value: d.RecoveryPointArn ?? '' };
    }, {
        failed: `nothing was changed and OpsCenter keeps serving as it was. Re-run once the cause is fixed, or ${off} an on-demand recovery point`,
        timedOut: `nothing was changed. Re-run later (the job goes on in AWS Backup), raise timeout-minutes, or ${off} it`
    });
    const now = clock.now();
    return { recoveryPointArn: arn, tookMs: now - job.startedAt, waitedMs: now - waitStart };
}
/**
 * Restores a recovery point of the stack's file system into it (AWS Backup never
 * overwrites: it makes an aws-backup-restore_<datetime> folder off the root), waits for it,
 * and returns what the restore request names: the job's creation time.
 */
async function restoreBackup(ctx, t, arn, running) {
    const point = await findRecoveryPoint(ctx, t, arn);
    if (point.Status !== 'COMPLETED')
        throw new Error(`recovery point ${arn} is ${point.Status ?? 'not complete'}, not COMPLETED: nothing was changed. Pick a completed one`);
    // The action's own recovery points say whose state they hold; the daily automatic ones do
    // not, and the boot agent checks those (after the handover: a refusal there is reverted).
    const tags = await ctx.clients.backup.send(new client_backup_dist_cjs/* ListTagsCommand */.bvr({ ResourceArn: arn }));
    const version = tags.Tags?.[contract/* TAGS */.gp.stateVersion];
    if (version && running && version !== running)
        throw new Error(`recovery point ${arn} holds an OpsCenter ${version} state (its ${contract/* TAGS */.gp.stateVersion} tag), and the stack runs ${running}: nothing was changed. ` +
            `Deploy ${version} first, then restore it`);
    const started = await ctx.clients.backup.send(new client_backup_dist_cjs/* StartRestoreJobCommand */.veB({
        RecoveryPointArn: arn,
        IamRoleArn: t.roleArn,
        ResourceType: 'EFS',
        Metadata: {
            'file-system-id': t.fileSystemId,
            newFileSystem: 'false',
            Encrypted: 'true',
            PerformanceMode: 'generalPurpose',
            CreationToken: `opscenter-ha-${ctx.opts.restoreRun ?? ctx.deps.clock.now()}`,
            ItemsToRestore: JSON.stringify(contract/* AWS_BACKUP */.FQ.restoreItems())
        }
    }));
    const id = started.RestoreJobId ?? '';
    const what = `AWS Backup restore job ${id} of ${arn}`;
    ctx.timeline.log(`${what}: into ${t.fileSystemId} (${contract/* AWS_BACKUP */.FQ.restoreDirPrefix}<datetime>)`);
    const created = await awaitJob(ctx, what, async () => {
        const d = await ctx.clients.backup.send(new client_backup_dist_cjs/* DescribeRestoreJobCommand */.cc9({ RestoreJobId: id }));
        return { state: d.Status, message: d.StatusMessage, value: d.CreationDate?.getTime() ?? 0 };
    }, {
        failed: `the live state is untouched and OpsCenter keeps serving. A partial ${contract/* AWS_BACKUP */.FQ.restoreDirPrefix}<datetime> folder may be left on EFS; delete it, then re-run`,
        timedOut: `the live state is untouched and OpsCenter keeps serving. Re-run later or raise timeout-minutes (the job goes on in AWS Backup; delete the ${contract/* AWS_BACKUP */.FQ.restoreDirPrefix}<datetime> folder it makes)`
    });
    return (0,restore_point_id/* backupRestoreId */.gm)(created);
}
async function findRecoveryPoint(ctx, t, arn) {
    let token;
    do {
        const page = await ctx.clients.backup.send(new client_backup_dist_cjs/* ListRecoveryPointsByResourceCommand */.r71({
            ResourceArn: fileSystemArn(ctx, t),
            NextToken: token
        }));
        const found = page.RecoveryPoints?.find((p) => p.RecoveryPointArn === arn);
        if (found)
            return found;
        token = page.NextToken;
    } while (token);
    throw new Error(`${arn} is not a recovery point of ${t.fileSystemId}, the file system of stack ${ctx.opts.stackName}: nothing was changed. ` +
        `List them: aws backup list-recovery-points-by-resource --resource-arn ${fileSystemArn(ctx, t)}`);
}
/** The summary's line for a finished recovery point. */
function backupLine(job, done) {
    const s = (ms) => `${Math.round(ms / 1000)} s`;
    const waited = done.waitedMs >= 1000 ? `, of which this run waited ${s(done.waitedMs)}` : '';
    return `AWS Backup recovery point ${done.recoveryPointArn} of ${job.target.fileSystemId} in vault ${job.target.vault} (took ${s(done.tookMs)}${waited})`;
}

;// CONCATENATED MODULE: ./src/controller/reconcile/act.ts
// Executes a plan step by step with the phase modules. It looks at AWS again only where a
// step waits for it, and after a bake (minutes in which the group may have moved), where the
// plan must still hold. A failed new instance leads to the revert the plan named.

















const CHANGES = ['create-stack', 'update-stack', 'follow', 'replace'];
async function act(ctx, out, x) {
    try {
        await startBackupOf(ctx, x);
        for (let i = 0; i < x.plan.steps.length; i++) {
            const step = x.plan.steps[i];
            // A lock lost to another run (its lease ran out under us) stops us before the next step.
            ctx.lock?.check();
            ctx.timeline.log(`step ${i + 1}/${x.plan.steps.length} ${step.kind}: ${step.why}`);
            await runStep(ctx, out, x, step);
        }
        await confirmStack(ctx, out, x);
    }
    catch (err) {
        await onFailure(ctx, out, x, err);
    }
    finally {
        if (x.prepared)
            await deleteChangeSet(ctx.deps, ctx.clients, ctx.opts.stackName, x.prepared.changeSetId);
    }
    out.result = x.plan.steps.some((s) => CHANGES.includes(s.kind)) ? 'deployed' : 'unchanged';
}
/** Success is said only of the stack as it is now: still on the AMI this run verified. */
async function confirmStack(ctx, out, x) {
    if (x.snapshot.type === 'CREATE' && !x.stack)
        return;
    const now = await describeStack(ctx.deps, ctx.clients, ctx.opts.stackName);
    out.stackOutputs = now?.outputs;
    const amiId = now?.parameters[contract/* PARAMS */.NB.amiId];
    if (amiId !== x.plan.amiId)
        throw new Error(`stack ${ctx.opts.stackName} is now at ${contract/* PARAMS */.NB.amiId} ${amiId ?? '(no stack)'}, not ${x.plan.amiId} which this run verified: ` +
            `something else changed the stack during this run. Nothing was reverted; read the stack's events, then re-run to converge`);
}
async function runStep(ctx, out, x, step) {
    switch (step.kind) {
        case 'bake':
            return bakeStep(ctx, out, x);
        case 'create-stack':
        case 'update-stack':
            return act_stackStep(ctx, out, x);
        case 'follow':
        case 'replace':
            return instanceStep(ctx, out, x, step);
        case 'verify':
            return act_verifyStep(ctx, out, x, step);
        case 'retain':
            return retentionStep(ctx, x.plan);
        case 'backup':
            return backupStep(ctx, out, x);
        default:
            return; // reuse, nothing: the log line says it all
    }
}
/** What decide needs of the inputs. */
const decideOptions = ({ opts }) => ({
    command: opts.command,
    force: opts.force,
    strategy: opts.replaceStrategy,
    onDowngrade: opts.onDowngrade,
    restorePoint: opts.restoreRequest && (0,restore_point_id/* requestedPoint */.BP)(opts.restoreRequest),
    backupVault: opts.parameters[contract/* PARAMS */.NB.backupVaultName]
});
/** The change set that takes the stack to the plan's AMI, with the template chosen. */
function prepareFor(ctx, snapshot, amiId, previousAmiId, template) {
    const { opts, deps, clients, timeline } = ctx;
    return prepareChange(opts, deps, clients, timeline, {
        type: snapshot.type,
        templateBody: template.body,
        templateParams: template.params,
        values: {
            ...opts.parameters,
            [contract/* PARAMS */.NB.amiId]: amiId,
            [contract/* PARAMS */.NB.previousAmiId]: previousAmiId,
            // Only with a new AMI: on its own it would change the launch template and replace.
            ...(amiId !== snapshot.ami.amiId ? { [contract/* PARAMS */.NB.onDowngrade]: opts.onDowngrade } : {}),
            ...(opts.restoreRequest ? { [contract/* PARAMS */.NB.restoreRequest]: opts.restoreRequest } : {})
        },
        current: snapshot.stack,
        description: `opscenter-ha ${opts.command}: AmiId ${snapshot.ami.amiId || '(none)'} -> ${amiId}`
    });
}
const summarize = (p) => ({
    nothing: p.nothing,
    resources: (0,plan/* resourcesOf */.F3)(p.changes),
    launchTemplate: (0,plan/* touchesLaunchTemplate */.Pb)(p.changes)
});
/** Fails before any change when the AMI cannot boot: deregistered, wrong region. */
async function requireAvailable(ctx, out, amiId) {
    const image = await describeImage(ctx.deps, ctx.clients, amiId);
    if (image?.State !== 'available')
        throw new Error(image
            ? `AMI ${amiId} is ${image.State}, not available: wait for it or pick another`
            : `AMI ${amiId} does not exist in ${ctx.opts.region} (or this account cannot see it)`);
    out.version ??= image.Tags?.find((t) => t.Key === contract/* TAGS */.gp.opscenterVersion)?.Value;
}
async function bakeStep(ctx, out, x) {
    const { opts, deps, clients, timeline } = ctx;
    const d = x.desired;
    const baked = await timeline.phase('bake', () => bakeAmi(opts, deps, clients, timeline, {
        amiId: '',
        source: 'would-bake',
        recipeHash: d.recipeHash ?? '',
        baseAmiId: d.baseAmiId,
        version: out.version
    }));
    out.amiId = baked.amiId;
    out.amiSource = 'baked';
    out.changes.push(`baked ${baked.amiId} (OpsCenter ${out.version ?? '?'})`);
    await requireAvailable(ctx, out, baked.amiId);
    await timeline.phase('plan', () => replan(ctx, x, { ...d, amiId: baked.amiId, source: 'baked' }));
    // The summary shows the steps with the AMI the bake made.
    out.plan = x.plan;
}
/** After the bake: the same decision on the world as it is now, or a stop that says why. */
async function replan(ctx, x, desired) {
    const snapshot = await observe(ctx);
    const prepared = await prepareFor(ctx, snapshot, desired.amiId, x.plan.previousAmiId, x.template);
    const plan = decide(snapshot, { ...desired, change: summarize(prepared) }, decideOptions(ctx));
    const kinds = (p) => p.steps.map((s) => s.kind).join(', ');
    if (plan.blocked || kinds(plan) !== kinds(x.plan)) {
        if (!prepared.nothing)
            await deleteChangeSet(ctx.deps, ctx.clients, ctx.opts.stackName, prepared.changeSetId);
        throw new Error(`the world changed while ${desired.amiId} was baked: the plan was (${kinds(x.plan)}), now ${plan.blocked ?? `it is (${kinds(plan)})`}. ` +
            `Nothing was changed; re-run (it reuses ${desired.amiId})`);
    }
    for (const s of plan.steps.filter((s) => s.instanceId))
        if (!x.plan.steps.some((o) => o.instanceId === s.instanceId))
            ctx.timeline.log(`the group moved while baking: ${s.kind} is now about ${s.instanceId}`);
    // The change set goes with the desired state: the summary's "What changed" reads it.
    const change = summarize(prepared);
    Object.assign(x, {
        snapshot,
        desired: { ...desired, change },
        plan,
        prepared: prepared.nothing ? undefined : prepared
    });
}
async function act_stackStep(ctx, out, x) {
    const { opts, deps, clients, timeline } = ctx;
    const prepared = x.prepared;
    if (!prepared)
        throw new Error(`internal: no change set prepared for stack ${opts.stackName}`);
    x.stack = await timeline.phase('stack', async () => {
        // What a revert puts back: this template, with the parameters the stack has now.
        if (x.snapshot.type === 'UPDATE')
            x.original = await currentTemplate(deps, clients, opts.stackName);
        x.prepared = undefined; // executed from here on, never deleted
        return executeChange(opts, deps, clients, timeline, prepared);
    });
    out.changes.push(prepared.type === 'CREATE'
        ? `created stack ${opts.stackName} (${prepared.changes.length} resources)`
        : `updated stack ${opts.stackName}: ${(0,plan/* changedLine */.ZW)(prepared.changes)}`);
}
const stackNow = (x) => {
    const stack = x.stack ?? x.snapshot.stack;
    if (!stack)
        throw new Error(`internal: stack ${x.snapshot.stackName} is not known`);
    return stack;
};
async function instanceStep(ctx, out, x, step) {
    const groupName = groupOf(stackNow(x));
    const old = step.instanceId;
    // A stop this run saw before this step (a stopped run's window it finished) stays the start.
    const earlier = out.downtimeStart;
    x.newInstance = true;
    const followed = await ctx.timeline.phase('replace', async () => {
        if (old && step.strategy === 'prepared')
            return handover(ctx, groupName, old, stackSubnets(x.snapshot), (at) => {
                out.downtimeStart ??= at;
            });
        if (old)
            out.downtimeStart ??= await terminate(ctx, old);
        try {
            return await follow(ctx, groupName, old ?? step.leaving);
        }
        finally {
            // Healthy or not, a stopped handover's window closes: a revert works on a group of one.
            if (step.closeWindow)
                await restoreGroup(ctx, groupName, stackSubnets(x.snapshot));
        }
    });
    out.instanceId = followed.instanceId;
    // The old agent's own stamp beats our terminate call: it may have seen the call late.
    if (earlier === undefined && followed.stoppedAt !== undefined)
        out.downtimeStart = followed.stoppedAt;
    if (out.downtimeStart !== undefined)
        out.downtimeMs = followed.healthyAt - out.downtimeStart;
    const on = `${followed.instanceId} on ${x.plan.amiId}`;
    x.done =
        step.kind === 'replace'
            ? `replaced ${old} by ${on}`
            : x.snapshot.type === 'CREATE'
                ? undefined
                : `finished the replacement started by an earlier run: ${on}`;
}
async function act_verifyStep(ctx, out, x, step) {
    const stack = stackNow(x);
    const id = step.instanceId ?? out.instanceId;
    if (!id)
        throw new Error('internal: no instance to verify');
    out.tlsFingerprint = await ctx.timeline.phase('verify', () => verify(ctx, groupOf(stack), stack.outputs, id, x.plan.amiId));
    out.instanceId = id;
    if (x.done)
        out.changes.push(x.done);
    if (!x.newInstance && !x.stack)
        ctx.timeline.log(`nothing to do: stack and instance ${id} already at ${x.plan.amiId}, verified`);
}
/** The plan backs up: the job starts now, before the bake, so the two overlap. */
async function startBackupOf(ctx, x) {
    const b = x.plan.backup;
    const target = (0,context_snapshot/* backupTarget */.c_)(x.snapshot.stack, decideOptions(ctx).backupVault);
    if (!b || !target)
        return;
    await requireVault(ctx, target);
    x.backupJob = await startBackup(ctx, target, b.from, b.to);
}
async function backupStep(ctx, out, x) {
    const job = x.backupJob;
    if (!job)
        throw new Error('internal: the plan backs up but no AWS Backup job was started');
    const done = await ctx.timeline.phase('backup', () => awaitBackup(ctx, job));
    out.recoveryPointArn = done.recoveryPointArn;
    out.changes.push(backupLine(job, done));
}
async function retentionStep(ctx, plan) {
    try {
        await ctx.timeline.phase('retention', () => retain(ctx, plan.amiId, plan.previousAmiId));
    }
    catch (err) {
        // The deploy succeeded; old AMIs can be cleaned up by the next run.
        ctx.timeline.log(`warning: AMI retention failed (${(0,errors/* messageOf */.bD)(err)}); the next deploy retries it`);
    }
}
/** A failed step: the new instance's failure is reverted (or explained); others pass on. */
async function onFailure(ctx, out, x, err) {
    if (!(0,errors/* isInstanceFailure */.wN)(err))
        throw err;
    const groupName = groupOf(stackNow(x));
    if (x.snapshot.type === 'CREATE')
        throw new errors/* DeployError */.sH(`the first instance of the new stack did not come up: ${(0,errors/* messageOf */.bD)(err)}. There is no previous AMI to revert to; ` +
            `the stack stays as created (no data is lost). Read the instance's opscenter-ha:reason tag and console output, fix the cause and deploy again`, 'failed');
    if (!x.newInstance)
        throw new errors/* DeployError */.sH(`${x.plan.steps.find((s) => s.kind === 'verify')?.instanceId} already runs ${x.plan.amiId} but ${(0,errors/* messageOf */.bD)(err)}. Nothing was replaced. ` +
            `To heal it, run command: replace (it starts a fresh instance on the same AMI)`, 'failed');
    if (err instanceof errors/* BootError */.HJ && err.heldBy && err.heldBy !== err.instanceId)
        throw new errors/* DeployError */.sH(`${(0,errors/* messageOf */.bD)(err)}. That is ${err.heldBy}'s failure, not ${x.plan.amiId}'s: ${err.heldBy} did not let go of its ENI while it stopped ` +
            `(its agent or its EFS mount hung), so ${err.instanceId} rightly refused to start a second OpsCenter beside it. ` +
            `Nothing was reverted: ${await situation(ctx, groupName)}. EC2 ends ${err.heldBy} when its terminate hook times out, and the group then ` +
            `launches on ${x.plan.amiId}; re-run to follow it (or terminate ${err.heldBy} in the EC2 console to end it now)`, 'failed');
    if (x.plan.command === 'replace')
        throw new errors/* DeployError */.sH(`replacing ${x.plan.steps[0].instanceId} failed: ${(0,errors/* messageOf */.bD)(err)}. The AMI did not change, so there is nothing to revert to: ${await situation(ctx, groupName)}`, 'failed');
    return revert(ctx, out, {
        groupName,
        outputs: stackNow(x).outputs,
        desired: x.plan.amiId,
        revert: x.plan.revert,
        was: x.snapshot.ami,
        cause: err,
        before: x.snapshot.stack,
        beforeVersion: x.snapshot.group?.templateVersion,
        original: x.original
    });
}

;// CONCATENATED MODULE: ./src/controller/steps/prerequisites.ts
// The network a stack is deployed into, checked before anything is baked or changed: the
// VPC exists and resolves private names (the hosted zone and the EFS file system's name
// resolve only through the Amazon-provided resolver, with both DNS attributes on:
// https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zone-private-considerations.html),
// and the three subnets exist, lie in that VPC and in three different zones (EFS allows one
// mount target per zone: https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html).



/** A prerequisite AWS does not meet: names the parameter (or resource) and the fix. */
class PrerequisiteError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PrerequisiteError';
    }
}
const SUBNETS = [contract/* NETWORK_PARAMS */.Gs.subnetA, contract/* NETWORK_PARAMS */.Gs.subnetB, contract/* NETWORK_PARAMS */.Gs.subnetC];
/**
 * `values`: the parameters the stack will have (the stack's, overridden by the input's).
 * A template without these parameters (not this repository's) is not checked.
 */
async function checkNetwork(ctx, values) {
    const declared = ctx.opts.templateParams;
    if (![contract/* NETWORK_PARAMS */.Gs.vpcId, ...SUBNETS].every((p) => declared.includes(p)))
        return `not checked: the template does not take ${contract/* NETWORK_PARAMS */.Gs.vpcId} and ${SUBNETS.join(', ')}`;
    const vpcId = required(values, contract/* NETWORK_PARAMS */.Gs.vpcId);
    const subnetIds = SUBNETS.map((p) => required(values, p));
    await checkVpcDns(ctx, vpcId);
    const subnets = await describeSubnets(ctx, subnetIds);
    const zones = new Map();
    SUBNETS.forEach((param, i) => {
        const s = subnets.get(subnetIds[i]);
        if (s.VpcId !== vpcId)
            throw new PrerequisiteError(`parameter ${param}: ${s.SubnetId} is in ${s.VpcId}, not in ${contract/* NETWORK_PARAMS */.Gs.vpcId} ${vpcId}: pick a subnet of ${vpcId}`);
        const other = zones.get(s.AvailabilityZone);
        if (other)
            throw new PrerequisiteError(`parameter ${param}: ${s.SubnetId} is in ${s.AvailabilityZone} like ${other}: EFS allows one mount target per zone, so the three subnets must be in three different zones`);
        zones.set(s.AvailabilityZone, param);
    });
    return `${vpcId} resolves private DNS; subnets in ${[...zones.keys()].join(', ')}`;
}
function required(values, param) {
    const v = values[param];
    if (!v)
        throw new PrerequisiteError(`parameter ${param} is not set: add it to the parameters input (cloudformation/parameters.json)`);
    return v;
}
async function checkVpcDns(ctx, vpcId) {
    for (const attribute of ['enableDnsSupport', 'enableDnsHostnames']) {
        let on;
        try {
            const out = await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.ec2.send(new dist_cjs/* DescribeVpcAttributeCommand */._VW({ VpcId: vpcId, Attribute: attribute })), { clock: ctx.deps.clock });
            on = (attribute === 'enableDnsSupport' ? out.EnableDnsSupport : out.EnableDnsHostnames)?.Value;
        }
        catch (err) {
            if ((0,shared_retry/* hasCode */.up)(err, 'InvalidVpcID.NotFound'))
                throw new PrerequisiteError(`parameter ${contract/* NETWORK_PARAMS */.Gs.vpcId}: ${vpcId} does not exist in ${ctx.opts.region}: give the id of the VPC of your Cassandra clusters`);
            throw err;
        }
        if (!on)
            throw new PrerequisiteError(`parameter ${contract/* NETWORK_PARAMS */.Gs.vpcId}: ${vpcId} has ${attribute} off, so the private record and the EFS name would not resolve inside it: ` +
                `turn it on (aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --${attribute === 'enableDnsSupport' ? 'enable-dns-support' : 'enable-dns-hostnames'} '{"Value":true}')`);
    }
}
async function describeSubnets(ctx, ids) {
    const found = new Map();
    // One at a time: a batch with one unknown id fails whole and hides which one it was.
    for (const [i, id] of ids.entries()) {
        try {
            const out = await (0,shared_retry/* withRetry */.bD)(() => ctx.clients.ec2.send(new dist_cjs/* DescribeSubnetsCommand */.jSW({ SubnetIds: [id] })), { clock: ctx.deps.clock });
            const s = out.Subnets?.[0];
            if (s)
                found.set(id, s);
        }
        catch (err) {
            if (!(0,shared_retry/* hasCode */.up)(err, 'InvalidSubnetID.NotFound'))
                throw err;
        }
        if (!found.has(id))
            throw new PrerequisiteError(`parameter ${SUBNETS[i]}: ${id} does not exist in ${ctx.opts.region}: give a private subnet of ${contract/* NETWORK_PARAMS */.Gs.vpcId}`);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/controller/reconcile/settle.ts
// Waiting out a busy group that no live run is behind (the deploy lock says so): a killed
// run's replacement, or the group healing itself.










/**
 * The group is busy and we hold the lock, so no live run is behind it: what is moving is
 * a killed run's replacement or the group healing itself. Waits (bounded by timeout-minutes)
 * until nothing moves, then looks at the world again.
 */
async function settled(ctx, snapshot, busy) {
    const { opts, deps, clients, timeline } = ctx;
    const name = snapshot.group?.name ?? '';
    timeline.log(`group ${name} is busy (${busy.join('; ')}), and no other run holds the deploy lock: a stopped run's replacement or the group healing itself. ` +
        `Waiting up to ${Math.round(opts.timeoutMs / 1000)}s (timeout-minutes) for it to settle`);
    let still = busy;
    await timeline.phase('settle', () => (0,shared_retry/* waitFor */.fm)(`group ${name} to settle`, async () => {
        const group = await describeGroup(deps, clients, name);
        await endDeadHooks(ctx, name, group.members);
        const activities = await activitiesInProgress(deps, clients, name);
        still = busyWith({ members: group.members, activities: activities.map(activityLine) });
        return still.length ? undefined : true;
    }, { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }).catch((err) => {
        if (!(err instanceof shared_retry/* TimeoutError */.MU))
            throw err;
        throw new Error(`group ${name} did not settle within ${Math.round(err.waitedMs / 1000)}s (timeout-minutes): ${still.join('; ')}. ` +
            `This run changed nothing. Something keeps the group busy (a launch that fails over and over?): read its scaling activities, then re-run`);
    }));
    timeline.log(`group ${name} settled: deciding on it as it is now`);
    return timeline.phase('observe', () => observe(ctx));
}
/**
 * Finishes a stopped run's handover: keeps the instance that holds an ENI (it may serve),
 * or, when none does, a ready or healthy successor; terminates the others decrementing, and
 * puts the group back to one over every subnet. Then waits for the group to settle.
 */
async function finishWindow(ctx, s, why, 
/** Told of the kept successor once healthy: the stop it took over from is downtime too. */
onFollowed = () => undefined) {
    const g = s.group;
    ctx.timeline.log(`${why}: finishing it`);
    const live = g.members.filter((m) => !(0,context_snapshot/* isLeaving */.Xi)(m.lifecycle));
    const keep = survivor(live, s.enis);
    for (const m of live) {
        if (m.id === keep)
            continue;
        try {
            await terminateDecrementing(ctx, m.id);
            ctx.timeline.log(`terminated ${m.id} (not the one that serves${keep ? `: ${keep} is` : ''})`);
        }
        catch (err) {
            if (!(0,shared_retry/* hasCode */.up)(err, 'ValidationError'))
                throw err;
            ctx.timeline.log(`left ${m.id} to the group: ${(0,errors/* messageOf */.bD)(err)}`);
        }
    }
    await restoreGroup(ctx, g.name, stackSubnets(s));
    // InService no longer means serving: a kept successor may still be claiming.
    const kept = live.find((m) => m.id === keep);
    if (kept) {
        const followed = await keptUp(ctx, g.name, kept, g.members);
        followed.stoppedAt ??= await stopTakenOver(ctx, g.name, kept.id);
        onFollowed(followed);
    }
    return settled(ctx, s, [`finishing the handover window (keeping ${keep ?? 'the group’s pick'})`]);
}
/** The kept instance healthy: as it reported it, or followed there. */
async function keptUp(ctx, group, kept, members) {
    if (kept.instance?.phase === contract/* PHASE */.A9.healthy)
        return { instanceId: kept.id, healthyAt: kept.instance.phaseAt ?? ctx.deps.clock.now() };
    ctx.timeline.log(`${kept.id} is still on its way (phase ${kept.instance?.phase ?? '-'}): following it`);
    const others = members.map((m) => m.id).filter((id) => id !== kept.id);
    return follow(ctx, group, others);
}
const LAUNCHING = /^Launching a new EC2 instance: (i-[0-9a-f]+)/;
const TERMINATING = /^Terminating EC2 instance: (i-[0-9a-f]+)/;
/**
 * When the instance a kept successor took over from stopped serving: the stopped run is
 * gone and that instance may have left the group, so the group's activities say who it was.
 * Only when the kept one is the group's newest launch (a kept old instance took over from
 * nobody) and the other was terminated after it launched, with its service-stop-at stamp.
 */
async function stopTakenOver(ctx, group, keptId) {
    const activities = await recentActivities(ctx.deps, ctx.clients, group); // newest first
    const launch = activities.find((a) => LAUNCHING.test(a.Description ?? ''));
    const launchedAt = launch?.StartTime?.getTime();
    if (LAUNCHING.exec(launch?.Description ?? '')?.[1] !== keptId || launchedAt === undefined)
        return undefined;
    const left = activities
        .filter((a) => (a.StartTime?.getTime() ?? 0) >= launchedAt)
        .flatMap((a) => TERMINATING.exec(a.Description ?? '')?.[1] ?? []);
    const infos = await describeInstances(ctx.deps, ctx.clients, [...new Set(left)]);
    const stops = [...infos.values()].flatMap((i) => i.serviceStopAt !== undefined && i.serviceStopAt >= launchedAt ? [i.serviceStopAt] : []);
    return stops.length ? Math.max(...stops) : undefined;
}
/** Healthy serves; one past ready is claiming (it may hold EFS); ready only waits. */
const SURVIVOR_RANK = {
    [contract/* PHASE */.A9.healthy]: 3,
    ...Object.fromEntries(contract/* CLAIM_PHASES */.me.map((p) => [p, 2])),
    [contract/* PHASE */.A9.ready]: 1
};
function survivor(live, enis) {
    const ids = new Set(live.map((m) => m.id));
    const holders = enis
        .filter((e) => e.attachedTo && ids.has(e.attachedTo) && e.attachmentStatus !== 'detaching')
        .map((e) => e.attachedTo);
    if (holders.length > 1)
        throw new Error(`${holders.join(' and ')} both hold one of the stack's ENIs: not choosing between them. Look at both (opscenter-ha:phase tags, journalctl -u opscenter-ha-boot), terminate the one that does not serve, and re-run`);
    if (holders.length)
        return holders[0];
    const rank = (p) => (p ? (SURVIVOR_RANK[p] ?? 0) : 0);
    const best = [...live].sort((a, b) => rank(b.instance?.phase) - rank(a.instance?.phase))[0];
    return best && rank(best.instance?.phase) > 0 ? best.id : undefined;
}

;// CONCATENATED MODULE: ./src/controller/reconcile/commands.ts
// The four commands as one reconciler: observe AWS once, find what git wants, decide the
// steps (the same decision for plan and deploy), then act on them, reverting by itself
// when the new instance does not come up.















/**
 * Runs one command. Every command but plan first takes the stack's deploy lock (so it
 * observes a world no other run is changing) and releases it at the end, however it ends.
 */
async function runCommand(ctx, out) {
    if (ctx.opts.command === 'plan')
        return dispatch(ctx, out);
    ctx.lock = await ctx.timeline.phase('lock', () => ctx.deps.lock(lockIo(ctx), lockSettings(ctx)));
    try {
        await dispatch(ctx, out);
    }
    finally {
        await ctx.lock.release();
    }
}
function lockIo(ctx) {
    return {
        ddb: ctx.clients.ddb,
        clock: ctx.deps.clock,
        log: (line) => ctx.timeline.log(line),
        warn: (line) => core/* warning */.$e(line)
    };
}
function lockSettings({ opts }) {
    // The lease is AWS-side time no input sets: the simulator shrinks it with its own clock.
    const scale = (0,clock/* timeScale */.Mw)();
    return {
        table: opts.lockTable,
        stackName: opts.stackName,
        timeoutMs: opts.lockTimeoutMs,
        pollMs: opts.pollMs,
        // Never under LOCK.minLeaseMs of real time: a lease must outlast a stalled process.
        leaseMs: Math.max(contract/* LOCK */.YM.leaseMs * scale, contract/* LOCK */.YM.minLeaseMs),
        renewMs: Math.max(contract/* LOCK */.YM.renewMs * scale, contract/* LOCK */.YM.minLeaseMs / 4),
        owner: opts.owner
    };
}
async function dispatch(ctx, out) {
    const snapshot = await ctx.timeline.phase('observe', () => observe(ctx));
    out.was = await imageOf(ctx.deps, ctx.clients, snapshot.ami.amiId || undefined);
    switch (ctx.opts.command) {
        case 'plan':
            return commands_plan(ctx, out, snapshot);
        case 'replace':
            return replaceOnly(ctx, out, snapshot);
        case 'rollback':
            return rollback(ctx, out, snapshot);
        case 'restore':
            return restore(ctx, out, snapshot);
        default:
            return deploy(ctx, out, snapshot);
    }
}
function requireStack(ctx, snapshot) {
    if (snapshot.type === 'CREATE')
        throw new Error(`stack ${ctx.opts.stackName} does not exist in ${ctx.opts.region}: run command: deploy first`);
}
const desiredOf = (r) => ({
    amiId: r.amiId,
    source: r.source,
    recipeHash: r.recipeHash,
    baseAmiId: r.baseAmiId
});
/** The AMI from git: the ami-id input, or the recipe's (reused, or to be baked). */
async function resolveDesired(ctx, out) {
    const { opts, deps, clients, timeline } = ctx;
    const resolved = await timeline.phase('resolve', () => lookupAmi(opts, deps, clients, timeline));
    out.amiId = resolved.amiId || undefined;
    out.recipeHash = resolved.recipeHash || undefined;
    out.version = resolved.version;
    out.amiSource = resolved.source;
    out.baseAmiId = resolved.baseAmiId;
    const version = resolved.version ?? (await imageOf(deps, clients, resolved.amiId || undefined))?.version;
    return { ...desiredOf(resolved), version };
}
async function deploy(ctx, out, snapshot) {
    // Before anything is baked or changed: the network the stack goes into must work.
    const values = { ...snapshot.stack?.parameters, ...ctx.opts.parameters };
    ctx.timeline.log(`network: ${await checkNetwork(ctx, values)}`);
    const desired = await resolveDesired(ctx, out);
    await reconcile(ctx, out, snapshot, desired, {
        body: ctx.opts.templateBody,
        params: ctx.opts.templateParams
    });
}
async function rollback(ctx, out, snapshot) {
    requireStack(ctx, snapshot);
    const { amiId, previousAmiId } = snapshot.ami;
    if (!previousAmiId)
        throw new Error(`stack ${ctx.opts.stackName} has no ${contract/* PARAMS */.NB.previousAmiId}: nothing was deployed before ${amiId || 'the current AMI'}, so there is nothing to roll back to. ` +
            `To deploy a specific AMI, run command: deploy with ami-id`);
    out.amiId = previousAmiId;
    ctx.timeline.log(`rolling back from ${amiId} to ${previousAmiId}`);
    const params = Object.keys(snapshot.stack?.parameters ?? {});
    const version = (await imageOf(ctx.deps, ctx.clients, previousAmiId))?.version;
    const desired = { amiId: previousAmiId, source: 'previous', version };
    await reconcile(ctx, out, snapshot, desired, { params });
}
/**
 * A restore point of the state put back on the AMI the stack runs: the launch template's
 * RestoreRequest changes, so a fresh instance replaces the one serving, and its agent
 * restores the point before OpsCenter starts. Checked before any change: the stack knows
 * the parameter, and the point holds a state of the version the stack runs.
 */
async function restore(ctx, out, snapshot) {
    requireStack(ctx, snapshot);
    const params = snapshot.stack?.parameters ?? {};
    if (!(contract/* PARAMS */.NB.restoreRequest in params))
        throw new Error(`stack ${ctx.opts.stackName} has no ${contract/* PARAMS */.NB.restoreRequest} parameter (its template predates command restore): run command: deploy with this version of the template first. Nothing was changed`);
    const running = await imageOf(ctx.deps, ctx.clients, snapshot.ami.amiId);
    if (ctx.opts.recoveryPointArn)
        await restoreJob(ctx, snapshot, ctx.opts.recoveryPointArn, running?.version);
    const id = (0,restore_point_id/* requestedPoint */.BP)(ctx.opts.restoreRequest ?? '');
    const pointVersion = (0,restore_point_id/* parsePointId */.$0)(id)?.version;
    if (pointVersion && running?.version && pointVersion !== running.version)
        throw new Error(`restore point ${id} holds an OpsCenter ${pointVersion} state, and the stack runs ${running.version} (${snapshot.ami.amiId}): nothing was changed. To go back to that state, deploy ${pointVersion} with on-downgrade: restore`);
    out.amiId = snapshot.ami.amiId;
    out.previousAmiId = snapshot.ami.previousAmiId || undefined;
    ctx.timeline.log(`restoring ${id} on ${snapshot.ami.amiId} through a fresh instance`);
    const desired = { amiId: snapshot.ami.amiId, source: 'stack', version: running?.version };
    await reconcile(ctx, out, snapshot, desired, { params: Object.keys(params) });
}
/**
 * An AWS Backup recovery point: AWS Backup restores it into the stack's file system first
 * (a folder of its own: the live state is not touched), then the request names that restore
 * for the boot agent. The run fails here, before the stack changes, if the restore does.
 */
async function restoreJob(ctx, snapshot, arn, running) {
    const target = (0,context_snapshot/* backupResource */.xN)(snapshot.stack);
    if (!target)
        throw new Error(`stack ${ctx.opts.stackName} has no ${contract/* OUTPUTS */.py.backupRoleArn} output (its template predates restores from AWS Backup): ` +
            `deploy this version of the template first, or restore by hand (docs/restore.md). Nothing was changed`);
    const id = await ctx.timeline.phase('backup', () => restoreBackup(ctx, target, arn, running));
    ctx.opts.restoreRequest = `${id}@${ctx.opts.restoreRun}`;
}
async function replaceOnly(ctx, out, snapshot) {
    requireStack(ctx, snapshot);
    out.amiId = snapshot.ami.amiId;
    out.previousAmiId = snapshot.ami.previousAmiId || undefined;
    const desired = { amiId: snapshot.ami.amiId, source: 'stack' };
    await reconcile(ctx, out, snapshot, desired, { params: [] });
}
/**
 * Decides on the snapshot (with CloudFormation's answer to the change set once the AMI is
 * known), says the plan, then executes it. A blocked plan stops before any change.
 */
async function reconcile(ctx, out, snapshot, desired, template) {
    const plan = await decideWithChange(ctx, out, snapshot, desired, template);
    snapshot = plan.snapshot;
    out.previousAmiId = plan.plan.previousAmiId || undefined;
    out.plan = plan.plan;
    ctx.timeline.log(`plan: ${plan.plan.steps.map((s) => s.kind).join(' → ')}`);
    const back = plan.plan.revert;
    ctx.timeline.log(`if the new instance fails: ${back.amiId ? `revert to ${back.amiId} (${back.why})` : `no revert (${back.why})`}`);
    await act(ctx, out, {
        snapshot,
        desired: plan.desired,
        plan: plan.plan,
        template,
        prepared: plan.prepared
    });
}
async function decideWithChange(ctx, out, snapshot, desired, template) {
    const options = decideOptions(ctx);
    if (desired.amiId)
        await requireAvailable(ctx, out, desired.amiId);
    let first = decide(snapshot, desired, options);
    if (first.finish) {
        snapshot = await finishWindow(ctx, snapshot, first.finish, (f) => {
            if (f.stoppedAt === undefined)
                return;
            out.downtimeStart ??= f.stoppedAt;
            out.downtimeMs = f.healthyAt - out.downtimeStart;
        });
        first = decide(snapshot, desired, options);
    }
    if (first.settle) {
        snapshot = await settled(ctx, snapshot, first.settle);
        first = decide(snapshot, desired, options);
    }
    if (first.blocked)
        throw new Error(first.blocked);
    // replace changes no stack; a bake comes before its change set.
    if (!desired.amiId || ctx.opts.command === 'replace')
        return { plan: first, desired, snapshot };
    const prepared = await ctx.timeline.phase('plan', () => prepareFor(ctx, snapshot, desired.amiId, first.previousAmiId, template));
    const withChange = { ...desired, change: summarize(prepared) };
    return {
        plan: decide(snapshot, withChange, options),
        desired: withChange,
        prepared: prepared.nothing ? undefined : prepared,
        snapshot
    };
}
async function commands_plan(ctx, out, snapshot) {
    const { opts, deps, timeline } = ctx;
    const desired = await resolveDesired(ctx, out);
    if (desired.amiId)
        await requireAvailable(ctx, out, desired.amiId);
    out.previousAmiId = snapshot.ami.amiId || undefined;
    // Not baked yet: preview the other changes with the AMI left as it is.
    const amiForPlan = desired.amiId || snapshot.ami.amiId || desired.baseAmiId || '';
    const options = decideOptions(ctx);
    const previous = decide(snapshot, desired, options).previousAmiId;
    const template = { body: opts.templateBody, params: opts.templateParams };
    await timeline.phase('plan', async () => {
        const prepared = await prepareFor(ctx, snapshot, amiForPlan, previous, template);
        try {
            // The decision deploy makes: with CloudFormation's answer once the AMI is known.
            const decided = decide(snapshot, desired.amiId ? { ...desired, change: summarize(prepared) } : desired, options);
            out.plan = decided;
            const target = decided.backup && (0,context_snapshot/* backupTarget */.c_)(snapshot.stack, options.backupVault);
            if (target)
                await requireVault(ctx, target);
            out.planMarkdown = (0,plan/* planMarkdown */.Xg)(decided, snapshot, desired, prepared.changes, deps.clock.now());
        }
        finally {
            await discardPreview(ctx, snapshot, prepared);
        }
    });
    const commenter = deps.commenter(opts.githubToken);
    if (commenter && out.planMarkdown) {
        const url = await commenter(`## opscenter-ha plan for \`${opts.stackName}\`\n\n${out.planMarkdown}`, `<!-- opscenter-ha-plan:${opts.stackName} -->`);
        timeline.log(`plan posted on the pull request${url ? `: ${url}` : ''}`);
    }
    out.result = 'planned';
}
/** A plan changes nothing: its change set goes, and so does the empty stack a CREATE made. */
async function discardPreview(ctx, snapshot, prepared) {
    const { deps, clients, opts, timeline } = ctx;
    if (!prepared.nothing)
        await deleteChangeSet(deps, clients, opts.stackName, prepared.changeSetId);
    // Best effort: a plan role may not be allowed to delete stacks, and an empty
    // REVIEW_IN_PROGRESS stack is harmless (deploy creates it from there).
    if (snapshot.type === 'CREATE')
        await deleteReviewStack(deps, clients, opts.stackName).catch((err) => timeline.log(`left the empty REVIEW_IN_PROGRESS stack ${opts.stackName} in place (${(0,errors/* messageOf */.bD)(err)}); deploy creates it from there`));
}


/***/ })

};
