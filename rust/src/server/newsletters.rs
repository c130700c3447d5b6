//! The emulator's newsletters (channels): creation, metadata, followers and
//! mutes (through MEX; the creator owns the newsletter, may post to it and
//! change its name and description, and follows it), posted messages with
//! reaction and view counters, history queries, and live-update
//! subscriptions that expire after the granted duration unless renewed. Counter changes reach every device with a live
//! subscription as `<notification type="newsletter"><live_updates>`.
//!
//! A new post (from an admin's device or [`Server::post_newsletter_message`])
//! reaches every companion device of every follower as a plaintext
//! `<message from="…@newsletter" type id server_id t><plaintext
//! [mediatype]>…</plaintext></message>`, online now or from the offline
//! queue, except the device that posted it. Simulated phones do not take
//! part in newsletters and are left out.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use base64::Engine as _;
use bytes::Bytes;
use prost::Message as _;

use super::conn::{ConnCommand, Role, ServerConn, result_for};
use super::directory::unix_now;
use super::messaging::{account_devices, deliver};
use super::notify::notification;
use super::pairing::iq_error;
use super::{DeviceKey, Server, State, lock};
use crate::binary::{Jid, Node, NodeRef, Server as JidServer};
use crate::client::message::stanza::{media_type, message_id, message_type};
use crate::client::newsletter::{
    MUTATION_CREATE, MUTATION_FOLLOW, MUTATION_MUTE, MUTATION_UNFOLLOW, MUTATION_UNMUTE,
    MUTATION_UPDATE, QUERY_FETCH_NEWSLETTER,
};
use crate::proto::wa;

/// A message posted to a newsletter.
#[derive(Debug, Clone)]
pub struct PostedMessage {
    /// Its server id.
    pub server_id: u64,
    /// Its message id.
    pub id: String,
    /// When it was posted.
    pub timestamp: u64,
    /// The stanza `type` (`text`, `media`...).
    pub message_type: String,
    /// The `mediatype` of its `<plaintext>`, for media.
    pub media_type: Option<String>,
    /// The `Message` protobuf.
    pub plaintext: Bytes,
    /// Reaction counts by emoji.
    pub reactions: BTreeMap<String, u64>,
    /// The view count.
    pub views: u64,
}

/// One newsletter.
#[derive(Debug, Clone, Default)]
pub struct NewsletterState {
    /// The id (user part of `id@newsletter`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Followers (phone numbers).
    pub followers: BTreeSet<String>,
    /// Followers who muted it.
    pub muted: BTreeSet<String>,
    /// Accounts (phone numbers) that may post to it.
    pub admins: BTreeSet<String>,
    /// The account (phone number) that created it from a client, if one did.
    pub owner: Option<String>,
    /// Its picture (as uploaded at creation) and the picture's id.
    pub picture: Option<(String, Bytes)>,
    /// Posted messages, oldest first.
    pub messages: Vec<PostedMessage>,
    /// Live-update subscriptions: device and expiry (Unix milliseconds).
    live: HashMap<DeviceKey, u64>,
    /// How many live-update requests arrived (subscriptions and renewals).
    pub live_requests: u64,
}

/// Every newsletter, by id.
#[derive(Debug)]
pub struct Newsletters {
    by_id: HashMap<String, NewsletterState>,
    next: u64,
    live_duration: u64,
}

impl Newsletters {
    /// Adds a newsletter; returns its id.
    fn create(
        &mut self,
        name: &str,
        description: &str,
        owner: Option<&str>,
        picture: Option<Bytes>,
    ) -> String {
        self.next += 1;
        let id = format!("{}", 120_363_100_000_000_000u64 + self.next * 7_919);
        let mut newsletter = NewsletterState {
            id: id.clone(),
            name: name.to_owned(),
            description: description.to_owned(),
            owner: owner.map(str::to_owned),
            picture: picture.map(|bytes| (format!("{}", 1_000 + self.next), bytes)),
            ..NewsletterState::default()
        };
        if let Some(owner) = owner {
            newsletter.admins.insert(owner.to_owned());
            newsletter.followers.insert(owner.to_owned());
        }
        self.by_id.insert(id.clone(), newsletter);
        id
    }

    /// Replaces the follower `old` with `new` (a number change) and moves
    /// its live-update subscriptions.
    pub(crate) fn rename_follower(&mut self, old: &str, new: &str) {
        for newsletter in self.by_id.values_mut() {
            if newsletter.followers.remove(old) {
                newsletter.followers.insert(new.to_owned());
            }
            if newsletter.muted.remove(old) {
                newsletter.muted.insert(new.to_owned());
            }
            if newsletter.admins.remove(old) {
                newsletter.admins.insert(new.to_owned());
            }
            if newsletter.owner.as_deref() == Some(old) {
                newsletter.owner = Some(new.to_owned());
            }
            let moved: Vec<(DeviceKey, u64)> = newsletter
                .live
                .iter()
                .filter(|(key, _)| key.0 == old)
                .map(|(key, expiry)| (key.clone(), *expiry))
                .collect();
            for (key, expiry) in moved {
                newsletter.live.remove(&key);
                newsletter.live.insert((new.to_owned(), key.1), expiry);
            }
        }
    }
}

impl Default for Newsletters {
    fn default() -> Newsletters {
        Newsletters {
            by_id: HashMap::new(),
            next: 0,
            live_duration: 300,
        }
    }
}

fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

fn plaintext_node(message: &PostedMessage) -> Node {
    let node = Node::new("plaintext").bytes(message.plaintext.clone());
    match &message.media_type {
        Some(media) => node.attr("mediatype", media.clone()),
        None => node,
    }
}

fn message_node(message: &PostedMessage, with_content: bool) -> Node {
    let mut children = Vec::new();
    if with_content {
        children.push(plaintext_node(message));
    }
    children.push(Node::new("views_count").attr("count", message.views));
    children.push(
        Node::new("reactions").children(
            message
                .reactions
                .iter()
                .map(|(code, count)| {
                    Node::new("reaction")
                        .attr("code", code.clone())
                        .attr("count", *count)
                })
                .collect::<Vec<_>>(),
        ),
    );
    Node::new("message")
        .attr("server_id", message.server_id)
        .attr("id", message.id.clone())
        .attr("t", message.timestamp)
        .attr("type", message.message_type.clone())
        .children(children)
}

/// The `<message>` a follower's device receives for a new post.
fn delivery_node(newsletter: &Jid, message: &PostedMessage) -> Node {
    Node::new("message")
        .attr("from", newsletter.to_non_ad())
        .attr("type", message.message_type.clone())
        .attr("id", message.id.clone())
        .attr("server_id", message.server_id)
        .attr("t", message.timestamp)
        .children([plaintext_node(message)])
}

/// Who hears of a new post: the followers' accounts and the devices with
/// a live subscription.
struct Audience {
    followers: Vec<String>,
    live: Vec<DeviceKey>,
}

impl NewsletterState {
    /// Appends a post (its server id follows the last one, from 100) and
    /// returns it with the audience to tell.
    fn append(
        &mut self,
        id: String,
        message_type: String,
        media_type: Option<String>,
        plaintext: Bytes,
    ) -> (PostedMessage, Audience) {
        let server_id = self.messages.last().map_or(100, |last| last.server_id + 1);
        let posted = PostedMessage {
            server_id,
            id,
            timestamp: unix_now(),
            message_type,
            media_type,
            plaintext,
            reactions: BTreeMap::new(),
            views: 0,
        };
        self.messages.push(posted.clone());
        let now = now_millis();
        self.live.retain(|_, expiry| *expiry > now);
        let audience = Audience {
            followers: self.followers.iter().cloned().collect(),
            live: self.live.keys().cloned().collect(),
        };
        (posted, audience)
    }
}

/// Delivers a new post of `newsletter` to the companion devices of its
/// followers (all but `poster`, the device that posted it) and its counters
/// to the live subscribers.
fn publish(
    state: &State,
    newsletter: &Jid,
    posted: &PostedMessage,
    audience: Audience,
    poster: Option<&DeviceKey>,
) {
    let delivery = delivery_node(newsletter, posted);
    for follower in &audience.followers {
        for key in account_devices(state, follower) {
            if key.1 != 0 && Some(&key) != poster {
                deliver(state, &key, delivery.clone());
            }
        }
    }
    let update = notification(
        newsletter.clone(),
        "newsletter",
        vec![
            Node::new("live_updates").children([Node::new("messages")
                .attr("jid", newsletter.clone())
                .attr("t", posted.timestamp)
                .children([message_node(posted, true)])]),
        ],
    );
    for device in audience.live {
        if let Some(conn) = state.device_conn(&device) {
            state.command(conn, ConnCommand::Send(update.clone()));
        }
    }
}

fn newsletter_json(newsletter: &NewsletterState, viewer: &str) -> serde_json::Value {
    let role = if newsletter.owner.as_deref() == Some(viewer) {
        "OWNER"
    } else if newsletter.admins.contains(viewer) {
        "ADMIN"
    } else if newsletter.followers.contains(viewer) {
        "SUBSCRIBER"
    } else {
        "GUEST"
    };
    let mut thread = serde_json::json!({
        "name": { "text": newsletter.name },
        "description": { "text": newsletter.description },
        "subscribers_count": newsletter.followers.len().to_string(),
    });
    if let Some((picture_id, _)) = &newsletter.picture {
        thread["picture"] = serde_json::json!({
            "id": picture_id,
            "type": "IMAGE",
            "direct_path": format!("/v/t61.24694-24/{}_{picture_id}", newsletter.id),
        });
    }
    serde_json::json!({
        "id": format!("{}@newsletter", newsletter.id),
        "state": { "type": "ACTIVE" },
        "thread_metadata": thread,
        "viewer_metadata": {
            "role": role,
            "mute": if newsletter.muted.contains(viewer) { "ON" } else { "OFF" },
        },
    })
}

/// Handles a `<message to="…@newsletter">` from device `key` and returns
/// the ack: an admin's post gets the next server id (named by the ack) and
/// goes to the followers' other devices and to every device with a live
/// subscription; anyone else gets an error ack (`403`; `404` for an unknown
/// newsletter, `400` for a stanza without `<plaintext>`).
pub(crate) fn post_from_device(state: &State, key: &DeviceKey, message: &Node) -> Node {
    let attrs = message.attrs();
    let id = attrs
        .optional_str("id")
        .map(|id| id.into_owned())
        .unwrap_or_default();
    let ack = Node::new("ack")
        .attr("class", "message")
        .attr("id", id.clone())
        .attr("t", unix_now());
    let Some(to) = attrs.optional_jid("to").ok().flatten() else {
        return ack.attr("error", "400");
    };
    let ack = ack.attr("from", to.clone());
    let Some(plaintext_child) = message.child("plaintext") else {
        log::info!("emulator: newsletter post {id} without plaintext");
        return ack.attr("error", "400");
    };
    let Some(plaintext) = plaintext_child.content_bytes().cloned() else {
        log::info!("emulator: newsletter post {id} with an empty plaintext");
        return ack.attr("error", "400");
    };
    let message_type = attrs
        .optional_str("type")
        .map_or_else(|| "text".to_owned(), |kind| kind.into_owned());
    let media_type = plaintext_child
        .attrs()
        .optional_str("mediatype")
        .map(|media| media.into_owned());
    let (posted, audience) = {
        let mut newsletters = lock(&state.newsletters);
        let Some(newsletter) = newsletters.by_id.get_mut(&to.user) else {
            return ack.attr("error", "404");
        };
        if !newsletter.admins.contains(&key.0) {
            log::info!("emulator: {} may not post to {to}", key.0);
            return ack.attr("error", "403");
        }
        newsletter.append(id, message_type, media_type, plaintext)
    };
    publish(state, &to, &posted, audience, Some(key));
    ack.attr("server_id", posted.server_id)
}

impl ServerConn {
    fn device_key(&self) -> Option<DeviceKey> {
        match &self.role {
            Role::Device { key, .. } => Some(key.clone()),
            Role::Registration(_) => None,
        }
    }

    /// Answers a `newsletter` IQ (live updates, history).
    pub(crate) async fn on_newsletter_iq(&mut self, iq: &NodeRef<'_>) {
        let answer = match self.device_key() {
            None => iq_error(iq, 401, "not-authorized"),
            Some(key) => newsletter_request(&self.state, &key, iq),
        };
        self.send(&answer).await;
    }

    /// Answers a `w:mex` IQ (newsletter metadata, follow, unfollow, mute).
    pub(crate) async fn on_mex_iq(&mut self, iq: &NodeRef<'_>) {
        let answer = match self.device_key() {
            None => iq_error(iq, 401, "not-authorized"),
            Some(key) => mex_request(&self.state, &key.0, iq),
        };
        self.send(&answer).await;
    }
}

fn newsletter_request(state: &State, key: &DeviceKey, iq: &NodeRef<'_>) -> Node {
    let attrs = iq.attrs();
    let to = attrs
        .optional_jid("to")
        .ok()
        .flatten()
        .unwrap_or_else(Jid::server_jid);
    let Some(request) = iq.children().first() else {
        return iq_error(iq, 400, "bad-request");
    };
    let mut newsletters = lock(&state.newsletters);
    let duration = newsletters.live_duration;
    if request.is("messages") {
        let jid = request.attrs().optional_jid("jid").ok().flatten();
        let Some(newsletter) = jid.and_then(|jid| newsletters.by_id.get(&jid.user)) else {
            return iq_error(iq, 404, "item-not-found");
        };
        let count = request
            .attrs()
            .optional_u64("count")
            .ok()
            .flatten()
            .unwrap_or(50);
        let before = request
            .attrs()
            .optional_u64("before")
            .ok()
            .flatten()
            .unwrap_or(u64::MAX);
        let list: Vec<Node> = newsletter
            .messages
            .iter()
            .rev()
            .filter(|message| message.server_id < before)
            .take(usize::try_from(count).unwrap_or(usize::MAX))
            .map(|message| message_node(message, true))
            .collect();
        return result_for(iq).children([Node::new("messages")
            .attr(
                "jid",
                Jid::new(newsletter.id.clone(), JidServer::Newsletter),
            )
            .children(list)]);
    }
    let Some(newsletter) = newsletters.by_id.get_mut(&to.user) else {
        return iq_error(iq, 404, "item-not-found");
    };
    if request.is("live_updates") {
        newsletter.live_requests += 1;
        newsletter.live.insert(
            key.clone(),
            now_millis().saturating_add(duration.saturating_mul(1000)),
        );
        return result_for(iq).children([Node::new("live_updates").attr("duration", duration)]);
    }
    if request.is("message_updates") {
        let after = request
            .attrs()
            .optional_u64("after")
            .ok()
            .flatten()
            .unwrap_or(0);
        let list: Vec<Node> = newsletter
            .messages
            .iter()
            .filter(|message| message.server_id > after)
            .map(|message| message_node(message, false))
            .collect();
        return result_for(iq).children([
            Node::new("message_updates").children([Node::new("messages").children(list)])
        ]);
    }
    iq_error(iq, 400, "bad-request")
}

fn mex_answer(iq: &NodeRef<'_>, value: &serde_json::Value) -> Node {
    result_for(iq).children([Node::new("result").bytes(value.to_string().into_bytes())])
}

fn mex_error(iq: &NodeRef<'_>, message: &str, code: u16) -> Node {
    mex_answer(
        iq,
        &serde_json::json!({"data": null, "errors": [{"message": message, "extensions": {"error_code": code}}]}),
    )
}

/// The text of `value[key]` when it is a string; `Err` when it is there
/// but not a string.
fn optional_text<'v>(value: &'v serde_json::Value, key: &str) -> Result<Option<&'v str>, ()> {
    match value.get(key) {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(()),
    }
}

/// `xwa2_newsletter_create`: `{"newsletter_input": {name, description?,
/// picture?}}` (`input` is accepted too; the picture in standard base64);
/// the creator owns and follows the newsletter.
fn mex_create(state: &State, phone: &str, iq: &NodeRef<'_>, variables: &serde_json::Value) -> Node {
    let input = variables
        .get("newsletter_input")
        .or_else(|| variables.get("input"))
        .unwrap_or(&serde_json::Value::Null);
    let (Ok(Some(name)), Ok(description)) = (
        optional_text(input, "name"),
        optional_text(input, "description"),
    ) else {
        return mex_error(iq, "a name is required", 400);
    };
    if name.trim().is_empty() {
        return mex_error(iq, "a name is required", 400);
    }
    let picture = match optional_text(input, "picture") {
        Ok(None) => None,
        Ok(Some(encoded)) => match base64::engine::general_purpose::STANDARD.decode(encoded) {
            Ok(bytes) if !bytes.is_empty() => Some(Bytes::from(bytes)),
            _ => return mex_error(iq, "the picture is not base64 image bytes", 400),
        },
        Err(()) => return mex_error(iq, "the picture is not base64 image bytes", 400),
    };
    let mut newsletters = lock(&state.newsletters);
    let id = newsletters.create(name, description.unwrap_or_default(), Some(phone), picture);
    let Some(created) = newsletters.by_id.get(&id) else {
        return mex_error(iq, "newsletter not created", 500);
    };
    log::info!("emulator: {phone} created newsletter {id}");
    mex_answer(
        iq,
        &serde_json::json!({ "data": { "xwa2_newsletter_create": newsletter_json(created, phone) } }),
    )
}

fn mex_request(state: &State, phone: &str, iq: &NodeRef<'_>) -> Node {
    let Some(query) = iq.child("query") else {
        return iq_error(iq, 400, "bad-request");
    };
    let query_id = query
        .attrs()
        .optional_str("query_id")
        .unwrap_or_default()
        .into_owned();
    let body: serde_json::Value = query
        .bytes()
        .and_then(|bytes| serde_json::from_slice(bytes).ok())
        .unwrap_or_default();
    let variables = &body["variables"];
    if query_id == MUTATION_CREATE {
        return mex_create(state, phone, iq, variables);
    }
    let target = variables["newsletter_id"]
        .as_str()
        .or_else(|| variables["input"]["key"].as_str())
        .and_then(|text| Jid::parse(text).ok());
    let mut newsletters = lock(&state.newsletters);
    let Some(newsletter) = target.and_then(|jid| newsletters.by_id.get_mut(&jid.user)) else {
        return mex_error(iq, "newsletter not found", 404);
    };
    let data = match query_id.as_str() {
        QUERY_FETCH_NEWSLETTER => {
            serde_json::json!({ "xwa2_newsletter": newsletter_json(newsletter, phone) })
        }
        MUTATION_FOLLOW => {
            newsletter.followers.insert(phone.to_owned());
            serde_json::json!({ "xwa2_newsletter_join_v2": newsletter_json(newsletter, phone) })
        }
        MUTATION_UNFOLLOW => {
            newsletter.followers.remove(phone);
            newsletter.muted.remove(phone);
            serde_json::json!({ "xwa2_newsletter_leave_v2": newsletter_json(newsletter, phone) })
        }
        MUTATION_MUTE | MUTATION_UNMUTE => {
            if query_id == MUTATION_MUTE {
                newsletter.muted.insert(phone.to_owned());
            } else {
                newsletter.muted.remove(phone);
            }
            serde_json::json!({ "xwa2_newsletter_update": newsletter_json(newsletter, phone) })
        }
        MUTATION_UPDATE => {
            if !newsletter.admins.contains(phone) {
                log::info!(
                    "emulator: {phone} may not change newsletter {}",
                    newsletter.id
                );
                return mex_error(iq, "not an admin of the newsletter", 403);
            }
            let updates = &variables["updates"];
            let (Ok(name), Ok(description)) = (
                optional_text(updates, "name"),
                optional_text(updates, "description"),
            ) else {
                return mex_error(iq, "malformed updates", 400);
            };
            if name.is_some_and(|name| name.trim().is_empty()) {
                return mex_error(iq, "a name is required", 400);
            }
            if let Some(name) = name {
                newsletter.name = name.to_owned();
            }
            if let Some(description) = description {
                newsletter.description = description.to_owned();
            }
            serde_json::json!({ "xwa2_newsletter_update": newsletter_json(newsletter, phone) })
        }
        _ => return mex_error(iq, "unknown query", 400),
    };
    mex_answer(iq, &serde_json::json!({ "data": data }))
}

impl Server {
    /// Creates a newsletter; returns its JID.
    pub fn create_newsletter(&self, name: &str, description: &str) -> Jid {
        let id = lock(&self.state.newsletters).create(name, description, None, None);
        Jid::new(id, JidServer::Newsletter)
    }

    /// Lets the account of `user` (phone number or LID) post to
    /// `newsletter` (`admin` true) or no longer; false for an unknown
    /// newsletter or account.
    pub fn set_newsletter_admin(&self, newsletter: &Jid, user: &Jid, admin: bool) -> bool {
        let Some(phone) = lock(&self.state.directory).phone_of(user) else {
            return false;
        };
        let mut newsletters = lock(&self.state.newsletters);
        let Some(state) = newsletters.by_id.get_mut(&newsletter.user) else {
            return false;
        };
        if admin {
            state.admins.insert(phone);
        } else {
            state.admins.remove(&phone);
        }
        true
    }

    /// The state of `newsletter`.
    pub fn newsletter(&self, newsletter: &Jid) -> Option<NewsletterState> {
        lock(&self.state.newsletters)
            .by_id
            .get(&newsletter.user)
            .cloned()
    }

    /// Sets the live-update duration granted from now on (300 s by default).
    pub fn set_newsletter_live_duration(&self, seconds: u64) {
        lock(&self.state.newsletters).live_duration = seconds.max(1);
    }

    /// Posts `message` to `newsletter` as its admins would: it reaches
    /// the followers' devices (queued for those offline) and the live
    /// subscribers. Returns its server id (`None` for an unknown
    /// newsletter).
    pub fn post_newsletter_message(&self, newsletter: &Jid, message: &wa::Message) -> Option<u64> {
        let (posted, audience) = {
            let mut newsletters = lock(&self.state.newsletters);
            let state = newsletters.by_id.get_mut(&newsletter.user)?;
            state.append(
                message_id(&state.id),
                message_type(message).to_owned(),
                media_type(message).map(str::to_owned),
                Bytes::from(message.encode_to_vec()),
            )
        };
        publish(&self.state, newsletter, &posted, audience, None);
        Some(posted.server_id)
    }

    /// Adds a reaction `code` to message `server_id` of `newsletter` and
    /// sends the new counters to every device whose live subscription has
    /// not expired. Returns how many devices were told (`None` for an
    /// unknown newsletter or message).
    pub fn react_to_newsletter_message(
        &self,
        newsletter: &Jid,
        server_id: u64,
        code: &str,
    ) -> Option<usize> {
        let (update, devices) = {
            let mut newsletters = lock(&self.state.newsletters);
            let state = newsletters.by_id.get_mut(&newsletter.user)?;
            let message = state
                .messages
                .iter_mut()
                .find(|m| m.server_id == server_id)?;
            *message.reactions.entry(code.to_owned()).or_insert(0) += 1;
            message.views += 1;
            let now = now_millis();
            let update = message_node(message, false);
            state.live.retain(|_, expiry| *expiry > now);
            (update, state.live.keys().cloned().collect::<Vec<_>>())
        };
        let node = notification(
            newsletter.clone(),
            "newsletter",
            vec![
                Node::new("live_updates").children([Node::new("messages")
                    .attr("jid", newsletter.clone())
                    .attr("t", unix_now())
                    .children([update])]),
            ],
        );
        let mut told = 0;
        for key in devices {
            if let Some(conn) = self.state.device_conn(&key)
                && self.state.command(conn, ConnCommand::Send(node.clone()))
            {
                told += 1;
            }
        }
        Some(told)
    }
}
