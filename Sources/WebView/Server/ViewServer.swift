import Articles
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import StageRuntime

/// The routes of `newsflow view`. Pages are GET; the one action that changes anything
/// (replaying dead letters) is a POST carrying a CSRF token, after a confirmation page.
public enum ViewServer {
    public static func router(state: ViewState, access: AccessPolicy, logger: Logger) -> Router<BasicRequestContext> {
        let templates: Templates
        do {
            templates = try Templates.shared.get()
        } catch {
            preconditionFailure("the view's templates do not parse: \(error)")
        }
        let router = Router()
        router.add(middleware: GuardMiddleware(access: access, templates: templates, logger: logger))
        let pages = Pages(state: state, templates: templates)

        router.get("/") { request, _ in try pages.list(request) }
        router.get("/article") { request, _ in try pages.article(request) }
        router.get("/dead-letters") { request, _ in try pages.deadLetters(request) }
        router.get("/dead-letters/replay") { request, _ in try await pages.confirmReplay(request) }
        router.post("/dead-letters/replay") { request, _ in try await pages.replay(request) }
        router.get("/pipeline") { request, _ in try pages.pipeline(request) }
        router.get("/static/view.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/static/view.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: Script.javascript)))
        }
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        return router
    }

    public static func application(
        state: ViewState, host: String, port: Int, access: AccessPolicy, logger: Logger
    ) -> some ApplicationProtocol {
        Application(
            router: router(state: state, access: access, logger: logger),
            configuration: .init(address: .hostname(host, port: port), serverName: "newsflow-view"),
            logger: logger)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Access control, security headers on every answer, and errors as pages.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let access: AccessPolicy
    let templates: Templates
    let logger: Logger

    struct Message {
        let chrome: Chrome
        let heading: String
        let text: String
        let isError: Bool
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        // /healthz tells only "ok", so health checks need no token.
        if request.uri.path != "/healthz", !access.allows(authorization: request.headers[.authorization]) {
            response = page(status: .unauthorized, heading: "Sign in", text: "This view needs the access token (NEWSFLOW_VIEW_TOKEN): as a bearer token, or as the password of basic auth.")
            response.headers[.wwwAuthenticate] = #"Basic realm="newsflow view", charset="UTF-8""#
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = page(status: error.status, heading: error.status.reasonPhrase, text: error.body ?? error.status.reasonPhrase)
            } catch {
                logger.error("view: request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
                response = page(status: .internalServerError, heading: "Something went wrong", text: "\(error)")
            }
        }
        for (name, value) in SecurityHeaders.all {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        return response
    }

    private func page(status: HTTPResponse.Status, heading: String, text: String) -> Response {
        let message = Message(chrome: Chrome(current: nil, status: "", footer: ""), heading: heading, text: text, isError: true)
        let body = (try? templates.render(message, template: "message")) ?? heading
        return ViewServer.html(body, status: status)
    }
}
