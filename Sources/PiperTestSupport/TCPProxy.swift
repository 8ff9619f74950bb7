import NIOCore
import NIOPosix
import Synchronization

/// A loopback TCP proxy whose link can be cut and restored, to take a server "down" in a test without
/// stopping it.
package final class TCPProxy: Sendable {
    private let listener: any Channel
    private let links = Mutex(Links())
    /// The port the proxy listens on at 127.0.0.1.
    package let port: Int

    private struct Links {
        var isCut = false
        var open: [ObjectIdentifier: any Channel] = [:]
    }

    private init(listener: any Channel, port: Int) {
        self.listener = listener
        self.port = port
    }

    /// Starts a proxy on an ephemeral loopback port that forwards to `host:targetPort`.
    package static func start(forwardingTo host: String, port targetPort: Int) async throws -> TCPProxy {
        let box = Mutex<TCPProxy?>(nil)
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { inbound in
                guard let proxy = box.withLock({ $0 }) else { return inbound.close() }
                return proxy.link(inbound, to: host, port: targetPort)
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let proxy = TCPProxy(listener: listener, port: listener.localAddress?.port ?? 0)
        box.withLock { $0 = proxy }
        return proxy
    }

    /// Closes every open link and refuses new ones, as if the server had gone away.
    package func cut() {
        let open = links.withLock { links in
            links.isCut = true
            defer { links.open = [:] }
            return Array(links.open.values)
        }
        for channel in open { channel.close(promise: nil) }
    }

    /// Accepts links again.
    package func restore() {
        links.withLock { $0.isCut = false }
    }

    /// Stops listening and closes every link.
    package func stop() async {
        cut()
        try? await listener.close()
    }

    private func link(_ inbound: any Channel, to host: String, port: Int) -> EventLoopFuture<Void> {
        guard !links.withLock({ $0.isCut }) else { return inbound.close() }
        return ClientBootstrap(group: inbound.eventLoop).connect(host: host, port: port).flatMap { outbound in
            self.remember(inbound, outbound)
            return inbound.pipeline.addHandler(Relay(partner: outbound)).flatMap {
                outbound.pipeline.addHandler(Relay(partner: inbound))
            }
        }
    }

    private func remember(_ channels: (any Channel)...) {
        links.withLock { links in
            for channel in channels { links.open[ObjectIdentifier(channel)] = channel }
        }
    }
}

/// Copies bytes read on one channel to its partner, and closes the partner when it closes.
private final class Relay: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    let partner: any Channel

    init(partner: any Channel) {
        self.partner = partner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner.writeAndFlush(unwrapInboundIn(data), promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        partner.close(promise: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
